def log = new File(basedir, 'build.log').text
// every problem on its own clickable line: file:line:column
assert log.contains('[ERROR] src/main/asyncapi/broken.yaml:5:3: error: property \'tags\' is not allowed in info')
assert log.contains('[ERROR] src/main/asyncapi/broken.yaml:10:15: error: $ref \'#/components/messages/Missing\' points to nothing')
assert log.contains('asyncgen: broken.yaml has 2 error(s), listed above with file:line:column')
assert !log.contains('\tat io.asyncgen')
// ... and printed once: no second copy through the IDE marker path ("/abs/path/broken.yaml [5:3]: ...")
assert log.count('property \'tags\' is not allowed in info') == 1
assert log.count('points to nothing') == 1
assert !log.contains('broken.yaml [')
