def log = new File(basedir, 'build.log').text
assert log.contains('asyncgen: events.yaml: 3 messages, 3 types')
def upToDate = log.indexOf('asyncgen: events.yaml: up to date')
assert upToDate > 0
// the compiler run after the no-op generation finds every class up to date
assert log.indexOf('Nothing to compile - all classes are up to date', upToDate) > upToDate
assert (log =~ /Compiling \d+ source files/).size() == 1
