def log = new File(basedir, 'build.log').text
assert log.contains('asyncgen: azure-openai-realtime.yaml: 59 messages')
assert log.contains('asyncgen: events.yaml: 4 messages')
def say = new File(basedir, 'target/generated-sources/asyncgen/com/example/events/SayEvent.java').text
assert say.contains('OffsetDateTime sentAt')
assert new File(basedir, 'target/classes/com/example/App.class').isFile()
