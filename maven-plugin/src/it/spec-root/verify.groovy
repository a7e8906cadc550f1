def log = new File(basedir, 'build.log').text
assert log.contains('asyncgen: asyncapi.yaml: 2 messages, 2 types')
assert !log.contains('points outside')
assert new File(basedir, 'client/target/generated-sources/asyncgen/com/example/servicea/SayEvent.java').isFile()
assert new File(basedir, 'client/target/classes/com/example/App.class').isFile()
