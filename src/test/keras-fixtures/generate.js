'use strict';
// Generates the Keras-format model fixtures in src/test/resources/fixtures/keras/ with the real
// TensorFlow.js layers API (@tensorflow/tfjs, pure-JS CPU backend). See README.md.
//
//   cd src/test/keras-fixtures && npm ci && node generate.js
//
// Every model is built, compiled and saved with model.save(tf.io.withSaveHandler(...),
// {includeOptimizer: true}) (without includeOptimizer tfjs leaves out trainingConfig). For each
// model two files are written:
//   <name>.model.json  the TensorFlow.js layers-model file, laid out as tfjs-core's own file writers
//                      (io_utils.getModelJSONForModelArtifacts, used by tf.io.browserDownloads) do
//   <name>.keras.json  artifacts.modelTopology alone: the Keras model.to_json() form
// The weights binary is not written. Topology and weight specs hold no random values, so the
// output is byte-identical from run to run.

const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs');

const OUT_DIR = path.resolve(__dirname, '..', 'resources', 'fixtures', 'keras');

// ---------------------------------------------------------------------------------------------
// Saving

/** Same key order as tfjs-core io_utils.getModelJSONForModelArtifacts (not exported by tf.io). */
function modelJsonFor(artifacts, weightsManifest) {
  const result = {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format,
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy,
    weightsManifest,
  };
  for (const key of ['signature', 'userDefinedMetadata', 'modelInitializer', 'initializerSignature',
    'trainingConfig']) {
    if (artifacts[key] != null) {
      result[key] = artifacts[key];
    }
  }
  return result;
}

function writeJson(file, value) {
  fs.writeFileSync(path.join(OUT_DIR, file), JSON.stringify(value, null, 2) + '\n', 'utf8');
}

async function save(name, model) {
  let saved = null;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return {modelArtifactsInfo: {dateSaved: new Date(0), modelTopologyType: 'JSON'}};
  }), {includeOptimizer: true});
  if (saved == null || saved.modelTopology == null) {
    throw new Error(`${name}: tfjs produced no model topology`);
  }
  if (saved.trainingConfig == null) {
    throw new Error(`${name}: tfjs produced no training config`);
  }
  // browserDownloads writes paths: ['./' + weightDataFileName]; the binary itself is not kept.
  // Read the topology back with tfjs and check that it serialises to the same JSON again.
  const reloaded = await tf.models.modelFromJSON(JSON.parse(JSON.stringify(saved.modelTopology)));
  const again = JSON.stringify(reloaded.toJSON(null, false));
  reloaded.dispose();
  if (again !== JSON.stringify(saved.modelTopology)) {
    throw new Error(`${name}: topology does not survive a tfjs read-back`);
  }
  const manifest = [{paths: [`./${name}.weights.bin`], weights: saved.weightSpecs}];
  writeJson(`${name}.model.json`, modelJsonFor(saved, manifest));
  writeJson(`${name}.keras.json`, saved.modelTopology);
  return saved;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Model names may not hold what Keras rejects in names; keep them to [A-Za-z0-9_]. */
function modelName(fixture) {
  return fixture.replace(/[^A-Za-z0-9_]/g, '_');
}

const dense = (name, units, activation, extra = {}) =>
  tf.layers.dense({name, units, activation, ...extra});
const conv = (name, filters, kernelSize, extra = {}) =>
  tf.layers.conv2d({name, filters, kernelSize, activation: 'relu', ...extra});
const pool = (name) => tf.layers.maxPooling2d({name, poolSize: 2});
const flatten = () => tf.layers.flatten({name: 'flatten'});
const dropout = (name, rate) => tf.layers.dropout({name, rate});

function sequential(fixture, layers) {
  const model = tf.sequential({name: modelName(fixture)});
  for (const layer of layers) {
    model.add(layer);
  }
  return model;
}

// ---------------------------------------------------------------------------------------------
// Fixtures. Each entry: name, what it is (for the README and the log), and a build function
// returning a compiled model.

const FIXTURES = [];
function fixture(name, what, build) {
  FIXTURES.push({name, what, build});
}

// Seed A: eyes open/closed, 90x90x1, one conv layer.
function seedA(fixtureName, units, activation, loss) {
  const model = sequential(fixtureName, [
    conv('conv1', 8, 3, {inputShape: [90, 90, 1]}),
    pool('pool1'),
    flatten(),
    dense('dense1', 16, 'relu'),
    dense('output', units, activation),
  ]);
  model.compile({optimizer: tf.train.adam(1e-3), loss, metrics: ['accuracy']});
  return model;
}
fixture('seedA-bad', 'Seed A: Dense(2, sigmoid) head trained with categorical cross-entropy',
  (n) => seedA(n, 2, 'sigmoid', 'categoricalCrossentropy'));
fixture('seedA-ok-binary', 'Seed A fixed: Dense(1, sigmoid) + binary cross-entropy',
  (n) => seedA(n, 1, 'sigmoid', 'binaryCrossentropy'));
fixture('seedA-ok-softmax', 'Seed A fixed: Dense(2, softmax) + categorical cross-entropy',
  (n) => seedA(n, 2, 'softmax', 'categoricalCrossentropy'));

// Seed B: LeNet-style, four dense layers with 'uniform' init, L2(0.01) and Dropout(0.2).
function seedB(fixtureName, bad) {
  const layers = [
    conv('conv1', 6, 5, {inputShape: [32, 32, 3]}),
    pool('pool1'),
    conv('conv2', 16, 5),
    pool('pool2'),
    flatten(),
  ];
  [128, 64, 64, 64].forEach((units, i) => {
    const extra = bad
      ? {
        kernelInitializer: tf.initializers.randomUniform({minval: -0.05, maxval: 0.05}),
        kernelRegularizer: tf.regularizers.l2({l2: 0.01}),
      }
      : {kernelInitializer: 'heNormal'};
    layers.push(dense(`dense${i + 1}`, units, 'relu', extra));
    if (bad) {
      layers.push(dropout(`drop${i + 1}`, 0.2));
    }
  });
  layers.push(dense('output', 2, 'softmax'));
  const model = sequential(fixtureName, layers);
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  return model;
}
fixture('seedB-bad', 'Seed B: RandomUniform(+-0.05) init, L2(0.01) and Dropout(0.2) on all four dense layers',
  (n) => seedB(n, true));
fixture('seedB-ok', 'Seed B fixed: He-normal init, no regularizer, no dropout', (n) => seedB(n, false));

// Seed C: three conv blocks, Dense(64), Dropout(0.5), head.
function seedC(fixtureName, units, activation, loss) {
  const model = sequential(fixtureName, [
    conv('conv1', 64, 3, {inputShape: [150, 150, 3]}),
    pool('pool1'),
    conv('conv2', 64, 3),
    pool('pool2'),
    conv('conv3', 64, 3),
    pool('pool3'),
    flatten(),
    dense('dense1', 64, 'relu'),
    dropout('drop1', 0.5),
    dense('output', units, activation),
  ]);
  model.compile({optimizer: tf.train.adam(1e-3), loss, metrics: ['accuracy']});
  return model;
}
fixture('seedC-bad', 'Seed C: Dense(1, sigmoid) + binary cross-entropy (the test declares 4 sparse classes)',
  (n) => seedC(n, 1, 'sigmoid', 'binaryCrossentropy'));
fixture('seedC-ok-sparse', 'Seed C fixed: Dense(4, softmax) + sparse categorical cross-entropy',
  (n) => seedC(n, 4, 'softmax', 'sparseCategoricalCrossentropy'));
fixture('seedC-ok-categorical', 'Seed C fixed: Dense(4, softmax) + categorical cross-entropy',
  (n) => seedC(n, 4, 'softmax', 'categoricalCrossentropy'));

// Seed D: Siamese network, functional API, a shared nested "tower" model called twice, merged by a
// distance-like layer "diff".
// tfjs cannot serialise a custom (function) loss: getLossIdentifiers() writes an empty object
// ("loss": {}) for it. So seedD-bad/seedD-ok use 'meanSquaredError', and seedD-custom-loss keeps
// the real contrastive loss to show what tfjs writes then.
function contrastive_loss(yTrue, yPred) { // eslint-disable-line camelcase
  return tf.tidy(() => {
    const margin = 1;
    const positive = tf.mul(yTrue, tf.square(yPred));
    const negative = tf.mul(tf.sub(1, yTrue), tf.square(tf.relu(tf.sub(margin, yPred))));
    return tf.mean(tf.add(positive, negative), -1);
  });
}

function seedD(fixtureName, withHead, loss, metrics, learningRate) {
  const towerInput = tf.input({shape: [64], name: 'tower_input'});
  const emb1 = dense('emb1', 32, 'relu').apply(towerInput);
  const emb2 = dense('emb2', 16).apply(emb1);
  const tower = tf.model({inputs: towerInput, outputs: emb2, name: 'tower'});

  const left = tf.input({shape: [64], name: 'left'});
  const right = tf.input({shape: [64], name: 'right'});
  // tfjs 4.22 has no Subtract layer (and no Lambda): the distance-like merge is a cosine
  // similarity, Dot(axes=-1, normalize=true), named "diff".
  const diff = tf.layers.dot({name: 'diff', axes: -1, normalize: true})
    .apply([tower.apply(left), tower.apply(right)]);
  // Fixed: the distance itself is the output the loss sees; no trainable layer in between.
  const output = withHead ? dense('head', 1, 'sigmoid').apply(diff) : diff;
  const model = tf.model({inputs: [left, right], outputs: output, name: modelName(fixtureName)});
  const args = {optimizer: tf.train.adam(learningRate), loss};
  if (metrics != null) {
    args.metrics = metrics;
  }
  model.compile(args);
  return model;
}
fixture('seedD-bad', 'Seed D: Siamese, Dense(1, sigmoid) "head" after the distance, accuracy metric, Adam(0.1); '
  + 'loss meanSquaredError because tfjs cannot serialise the custom loss',
(n) => seedD(n, true, 'meanSquaredError', ['accuracy'], 0.1));
fixture('seedD-ok', 'Seed D fixed: the distance "diff" is the output, no metrics, Adam(1e-4); '
  + 'loss meanSquaredError (see seedD-custom-loss)',
(n) => seedD(n, false, 'meanSquaredError', null, 1e-4));
fixture('seedD-custom-loss', 'Seed D bad graph compiled with a custom JS function contrastive_loss, accuracy, '
  + 'Adam(0.1): tfjs writes "loss": {}',
(n) => seedD(n, true, contrastive_loss, ['accuracy'], 0.1));

// Seed E: 115x45x1, no input scaling in the model (bad) or a Rescaling(1/255) layer first (ok).
function seedE(fixtureName, rescale) {
  const layers = [];
  if (rescale) {
    layers.push(tf.layers.rescaling({name: 'rescale', scale: 1 / 255, inputShape: [115, 45, 1]}));
    layers.push(conv('conv1', 32, 3));
  } else {
    layers.push(conv('conv1', 32, 3, {inputShape: [115, 45, 1]}));
  }
  layers.push(pool('pool1'), conv('conv2', 32, 3), pool('pool2'), flatten(),
    dense('dense1', 128, 'relu'), dense('output', 1, 'sigmoid'));
  const model = sequential(fixtureName, layers);
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy', metrics: ['accuracy']});
  return model;
}
fixture('seedE-bad', 'Seed E: pixels fed unscaled, no rescaling inside the model', (n) => seedE(n, false));
fixture('seedE-ok', 'Seed E fixed: Rescaling(1/255) layer "rescale" first', (n) => seedE(n, true));

// Head rules: input [20], dense1 16 relu, then the head.
function head(fixtureName, headLayers, loss, metrics = ['accuracy']) {
  const model = sequential(fixtureName, [dense('dense1', 16, 'relu', {inputShape: [20]}), ...headLayers]);
  model.compile({optimizer: tf.train.adam(1e-3), loss, metrics});
  return model;
}
fixture('softmax-one-unit-bad', 'Dense(1, softmax) (always 1.0) + binary cross-entropy',
  (n) => head(n, [dense('output', 1, 'softmax')], 'binaryCrossentropy'));
fixture('cce-one-unit-bad', 'Dense(1, sigmoid) + categorical cross-entropy',
  (n) => head(n, [dense('output', 1, 'sigmoid')], 'categoricalCrossentropy'));
fixture('sparse-cce-one-unit-bad', 'Dense(1, sigmoid) + sparse categorical cross-entropy',
  (n) => head(n, [dense('output', 1, 'sigmoid')], 'sparseCategoricalCrossentropy'));
fixture('linear-output-cce-bad', 'Dense(3, linear) + categorical cross-entropy (tfjs has no from_logits)',
  (n) => head(n, [dense('output', 3, 'linear')], 'categoricalCrossentropy'));
fixture('mse-softmax-bad', 'Dense(3, softmax) + mean squared error, accuracy metric',
  (n) => head(n, [dense('output', 3, 'softmax')], 'meanSquaredError', ['accuracy']));
fixture('separate-activation-ok', 'Dense(3, linear) then Activation(softmax) "output_softmax" + categorical '
  + 'cross-entropy',
(n) => head(n, [dense('output', 3, 'linear'),
  tf.layers.activation({activation: 'softmax', name: 'output_softmax'})], 'categoricalCrossentropy'));
fixture('separate-activation-bad', 'Dense(2, linear) then Activation(sigmoid) "output_sigmoid" + categorical '
  + 'cross-entropy',
(n) => head(n, [dense('output', 2, 'linear'),
  tf.layers.activation({activation: 'sigmoid', name: 'output_sigmoid'})], 'categoricalCrossentropy'));

// Learning rate: input [20], dense1 16 relu, output 3 softmax, categorical cross-entropy.
function lr(fixtureName, optimizer) {
  const model = sequential(fixtureName, [
    dense('dense1', 16, 'relu', {inputShape: [20]}),
    dense('output', 3, 'softmax'),
  ]);
  model.compile({optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  return model;
}
fixture('adam-lr-0.1-bad', 'Adam(0.1)', (n) => lr(n, tf.train.adam(0.1)));
fixture('adam-lr-0.02-warn', 'Adam(0.02)', (n) => lr(n, tf.train.adam(0.02)));
fixture('adam-lr-1e-3-ok', 'Adam(1e-3)', (n) => lr(n, tf.train.adam(1e-3)));
fixture('sgd-lr-2-bad', 'SGD(2.0)', (n) => lr(n, tf.train.sgd(2.0)));
fixture('sgd-lr-0.01-ok', 'SGD(0.01)', (n) => lr(n, tf.train.sgd(0.01)));
fixture('rmsprop-lr-0.1-bad', 'RMSProp(0.1)', (n) => lr(n, tf.train.rmsprop(0.1)));
fixture('adam-beta2-1-bad', 'Adam(1e-3, beta1 0.9, beta2 1.0)', (n) => lr(n, tf.train.adam(1e-3, 0.9, 1.0)));
fixture('adadelta-lr-1-ok', 'Adadelta(1.0) (Adadelta\'s own default scale)', (n) => lr(n, tf.train.adadelta(1.0)));

// Initializers / regularisation: input [784], dense1..dense4 256 relu, output 10 softmax.
function mlp(fixtureName, kernelInitializer, dropouts = {}) {
  const layers = [];
  for (let i = 1; i <= 4; i++) {
    const extra = {kernelInitializer};
    if (i === 1) {
      extra.inputShape = [784];
    }
    layers.push(dense(`dense${i}`, 256, 'relu', extra));
    if (dropouts[i] != null) {
      layers.push(dropout(dropouts[i].name, dropouts[i].rate));
    }
  }
  layers.push(dense('output', 10, 'softmax'));
  const model = sequential(fixtureName, layers);
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  return model;
}
fixture('zeros-init-bad', 'dense1..dense4 kernelInitializer zeros', (n) => mlp(n, 'zeros'));
fixture('normal-init-relu-stack-bad', 'dense1..dense4 RandomNormal(stddev 0.05) in a ReLU stack',
  (n) => mlp(n, tf.initializers.randomNormal({stddev: 0.05})));
fixture('he-init-ok', 'dense1..dense4 He-normal', (n) => mlp(n, 'heNormal'));
fixture('dropout-before-output-bad', 'He-normal, Dropout(0.5) "drop_out" directly before "output"',
  (n) => mlp(n, 'heNormal', {4: {name: 'drop_out', rate: 0.5}}));
fixture('dropout-high-rate-warn', 'He-normal, Dropout(0.8) "drop1" after dense1',
  (n) => mlp(n, 'heNormal', {1: {name: 'drop1', rate: 0.8}}));

// Structure: a Dense applied straight to a feature map; a Flatten->Dense that holds most parameters.
function imageHead(fixtureName, inputShape, between) {
  const layers = [conv('conv1', 16, 3, {inputShape, padding: 'same'})];
  layers.push(...between);
  layers.push(dense('output', 10, 'softmax'));
  const model = sequential(fixtureName, layers);
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy'});
  return model;
}
fixture('dense-on-feature-map-bad', 'Conv2D then Dense "output" with no Flatten: Dense acts per position',
  (n) => imageHead(n, [8, 8, 3], []));
fixture('flatten-dense-dominates-bad', '224x224 Conv2D(16, same), Flatten, Dense "dense1" 256: 205 M of the parameters',
  (n) => imageHead(n, [224, 224, 3], [flatten(), dense('dense1', 256, 'relu')]));
fixture('global-pooling-ok', 'Fixed: GlobalAveragePooling2D "gap" before the dense layers',
  (n) => imageHead(n, [224, 224, 3], [tf.layers.globalAveragePooling2d({name: 'gap'}),
    dense('dense1', 256, 'relu')]));

// A per-cell output: one sigmoid prediction at each position of a 3x3 grid (detection heads, segmentation maps).
// Labels are either given per position (one class per channel) or flattened (one per value, 9 here).
function perCell(fixtureName, filters) {
  const model = sequential(fixtureName, [
    conv('conv1', 8, 3, {inputShape: [7, 7, 1], padding: 'valid'}),
    conv('conv2', 8, 3),
    tf.layers.conv2d({name: 'cells', filters, kernelSize: 1, activation: 'sigmoid'}),
  ]);
  model.compile({optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy'});
  return model;
}
fixture('per-cell-sigmoid-ok', 'Conv2D "cells" 1x1 with 1 sigmoid filter: a 3x3x1 per-cell multi-label output',
  (n) => perCell(n, 1));

// Training-failure patterns (issue 13 item 6).
// tfjs has no 'exponential' activation; Keras does (keras.activations.exponential). A tfjs Activation subclass
// registered under Keras' name makes Dense(activation='exponential') build, train and serialise as Keras writes it.
const ActivationBase = Object.getPrototypeOf(tf.layers.dense({units: 1, activation: 'relu'}).activation.constructor);
class Exponential extends ActivationBase {
  apply(x) {
    return tf.exp(x);
  }
}
Exponential.className = 'exponential';
tf.serialization.registerClass(Exponential);

// input [20], hidden dense layers as given, output 3 softmax, categorical cross-entropy, Adam(1e-3) unless given.
function hiddenStack(fixtureName, hidden, optimizer = tf.train.adam(1e-3)) {
  const layers = hidden.map(([units, activation, kernelInitializer], i) =>
    dense(`dense${i + 1}`, units, activation, {kernelInitializer, ...(i === 0 ? {inputShape: [20]} : {})}));
  layers.push(dense('output', 3, 'softmax'));
  const model = sequential(fixtureName, layers);
  model.compile({optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy']});
  return model;
}
fixture('exponential-stack-bad', 'dense1, dense2 Dense(32, exponential): two exp layers in a row',
  (n) => hiddenStack(n, [[32, 'exponential', 'glorotUniform'], [32, 'exponential', 'glorotUniform']]));
fixture('exponential-once-ok', 'dense1 Dense(32, exponential), dense2 Dense(32, relu): exp once, not stacked',
  (n) => hiddenStack(n, [[32, 'exponential', 'glorotUniform'], [32, 'relu', 'heNormal']]));
// tfjs reads minval 0 as unset (its default -0.05), so the all-positive uniform starts at 0.01.
fixture('uniform-01-hidden-bad', 'dense1 He-normal, dense2 and dense3 RandomUniform(0.01, 1): mean 0.5 on hidden '
  + 'layers', (n) => hiddenStack(n, [[64, 'relu', 'heNormal'],
  [64, 'relu', tf.initializers.randomUniform({minval: 0.01, maxval: 1})],
  [64, 'relu', tf.initializers.randomUniform({minval: 0.01, maxval: 1})]]));
fixture('normal-mean-1-hidden-bad', 'dense1 He-normal, dense2 RandomNormal(mean=1, stddev=0.05)',
  (n) => hiddenStack(n, [[64, 'relu', 'heNormal'],
    [64, 'relu', tf.initializers.randomNormal({mean: 1, stddev: 0.05})]]));
fixture('uniform-centred-hidden-ok', 'dense1 He-normal, dense2 and dense3 RandomUniform(-0.1, 0.1): zero-centred',
  (n) => hiddenStack(n, [[64, 'relu', 'heNormal'],
    [64, 'relu', tf.initializers.randomUniform({minval: -0.1, maxval: 0.1})],
    [64, 'relu', tf.initializers.randomUniform({minval: -0.1, maxval: 0.1})]]));
fixture('glorot-relu-stack-bad', 'dense1..dense12 Dense(128, relu) Glorot-uniform, SGD(0.01): the ReLU signal halves '
  + 'per layer', (n) => hiddenStack(n, Array.from({length: 12}, () => [128, 'relu', 'glorotUniform']),
  tf.train.sgd(0.01)));
fixture('he-relu-stack-ok', 'dense1..dense12 Dense(128, relu) He-normal, SGD(0.01)',
  (n) => hiddenStack(n, Array.from({length: 12}, () => [128, 'relu', 'heNormal']), tf.train.sgd(0.01)));
fixture('glorot-relu-stack-adam-note', 'the Glorot stack of glorot-relu-stack-bad trained with Adam(1e-3)',
  (n) => hiddenStack(n, Array.from({length: 12}, () => [128, 'relu', 'glorotUniform'])));
fixture('adagrad-lr-1-bad', 'Adagrad(1.0)', (n) => lr(n, tf.train.adagrad(1.0)));
fixture('adagrad-lr-0.01-ok', 'Adagrad(0.01)', (n) => lr(n, tf.train.adagrad(0.01)));
fixture('adam-lr-float32-0.01-ok', 'Adam(0.01) as float32 stores it (0.009999999776482582)',
  (n) => lr(n, tf.train.adam(Math.fround(0.01))));

// ---------------------------------------------------------------------------------------------

async function main() {
  await tf.setBackend('cpu');
  await tf.ready();
  fs.mkdirSync(OUT_DIR, {recursive: true});
  // Remove earlier output of this generator so a renamed fixture leaves nothing stale behind.
  for (const file of fs.readdirSync(OUT_DIR)) {
    if (file.endsWith('.model.json') || file.endsWith('.keras.json')) {
      fs.unlinkSync(path.join(OUT_DIR, file));
    }
  }
  const names = new Set();
  for (const {name, what, build} of FIXTURES) {
    if (names.has(name)) {
      throw new Error(`duplicate fixture ${name}`);
    }
    names.add(name);
    const model = build(name);
    await save(name, model);
    model.dispose();
    console.log(`${name}: ${what}`);
  }
  console.log(`wrote ${FIXTURES.length * 2} files for ${FIXTURES.length} models to ${OUT_DIR}`
    + ` with @tensorflow/tfjs ${tf.version.tfjs}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
