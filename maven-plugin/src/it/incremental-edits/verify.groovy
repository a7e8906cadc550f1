// The five builds of invoker.properties, in the order they appended to build.log.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/asyncgen')

def step = { String text, int from ->
  int at = log.indexOf(text, from)
  assert at >= from : "expected after offset ${from}: ${text}"
  at + text.length()
}

// 1. first build: every file written
int at = step('asyncgen: events.yaml: 3 messages, 3 types, 13 files (13 written, 0 deleted)', 0)
// 2. schemas.yaml (a $ref'd file, not the root) edited: only SayEvent changes
at = step('asyncgen: events.yaml: 3 messages, 3 types, 13 files (1 written, 0 deleted)', at)
// 3. the Say message removed: SayEvent.java deleted; the union, its codec (one message left: no discriminator to
//    read ahead to), handler and dispatcher and the client (no sendSay) rewritten
at = step('asyncgen: events.yaml: 2 messages, 2 types, 12 files (5 written, 1 deleted)', at)
// 4. another packageName: the 12 files written to the new package, the old ones deleted
at = step('asyncgen: events.yaml: 2 messages, 2 types, 12 files (12 written, 12 deleted)', at)
// 5. asyncgen.inputSpecs from the command line: both documents validated
at = step('src/main/asyncapi/events.yaml: valid', at)
step('src/main/asyncapi/other.yaml: valid', at)

assert !log.contains('up to date') : 'every build changed something'
assert new File(generated, 'com/example/renamed/PingEvent.java').isFile()
assert !new File(generated, 'com/example/renamed/SayEvent.java').exists()
assert !new File(generated, 'com/example/events').list()?.any { it.endsWith('.java') }
assert new File(basedir, 'target/classes/com/example/renamed/PingEvent.class').isFile()
