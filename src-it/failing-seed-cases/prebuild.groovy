// Copies the fixture models this project needs into it (src-it/support/fixtures.groovy).
return evaluate(new File(itSupport, 'fixtures.groovy'))(fixtures, basedir, [
        'bad-seedA-two-sigmoid-mcxent.json',
        'bad-default-sigmoid-hidden.json',
        'bad-dropout-retain-02.json',
])
