def log = new File(basedir, 'build.log').text
assert log.contains('asyncgen: skipped')
assert !new File(basedir, 'target/generated-sources/asyncgen').exists()
