def log = new File(basedir, 'build.log').text

// 1. the artifact is on the project's classpath, not the plugin's: say so, and no invented 1:1 position
def classpath = '[ERROR] classpath:asyncapi/azure-openai-realtime.yaml: error: not on the classpath; add the artifact' +
    ' that contains it as a dependency of the plugin itself, under <plugin><dependencies> in the POM (a <dependency>' +
    ' of the project is not on the plugin\'s classpath)'
assert log.contains(classpath)
assert log.count('not on the classpath') == 1
assert !log.contains('azure-openai-realtime.yaml:1:1')
assert !log.contains('classpath:/')

// 2. an unclosed '{': where reading stopped, and the line the '{' is on
def unclosed = '[ERROR] src/main/asyncapi/unclosed.yaml:13:13: error: invalid YAML: reading stopped here, at a value' +
    ' where \',\' or \'}\' should come, inside the \'{\' mapping that starts at line 12, column 19; is its closing \'}\',' +
    ' or a \',\' between two entries, missing?'
assert log.contains(unclosed)
assert log.count('invalid YAML') == 1
assert !log.contains('\tat io.asyncgen')
