// Copies the fixture models this project needs into it (src-it/support/fixtures.groovy).
return evaluate(new File(itSupport, 'fixtures.groovy'))(fixtures, basedir, [
        'ok-relu-hidden.json',
])
