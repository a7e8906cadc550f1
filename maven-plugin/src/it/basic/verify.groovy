def log = new File(basedir, 'build.log').text
assert log.contains('asyncgen: events.yaml: 3 messages, 3 types')
assert new File(basedir, 'target/generated-sources/asyncgen/com/example/events/SayEvent.java').isFile()
assert new File(basedir, 'target/classes/com/example/App.class').isFile()
