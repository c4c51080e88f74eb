// A DL4J model with an error (seed A) and a TensorFlow.js model with the same mistake in Keras terms.
def copy = evaluate(new File(itSupport, 'fixtures.groovy'))
copy(fixtures, basedir, ['bad-seedA-two-sigmoid-mcxent.json'])
copy(kerasFixtures, basedir, ['seedA-bad.model.json'])
return true
