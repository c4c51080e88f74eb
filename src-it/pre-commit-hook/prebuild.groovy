def copy = evaluate(new File(itSupport, 'fixtures.groovy'))
copy(fixtures, basedir, ['bad-seedA-two-sigmoid-mcxent.json'])
return true
