// The Keras cases of the evidence harness: rules whose configuration only a Keras (or TensorFlow.js) file can carry,
// or whose loss Keras computes differently from DL4J. Each flagged model and its fixed twin are trained in pure-JS
// @tensorflow/tfjs (the same layer and loss semantics as Keras) on small synthetic tasks, 3 seeds each, and one TSV
// row per case and task is written: rule, case, task, seeds, metric, flagged, fixed, verdict.
// usage: node train.js OUT.tsv [RULE...]   (EVIDENCE_CASE=regex keeps only the cases whose text matches)
import * as tf from '@tensorflow/tfjs';
import { writeFileSync } from 'node:fs';

// Same definition as dev.netlint.evidence.Verdict: a flagged run fails when it throws, when its loss is not finite,
// or when its metric is more than MARGIN below its fixed twin's on the same data and seed.
const MARGIN = 0.05;
const SEEDS = [1, 2, 3];
const BATCH = 32;
const HEADER = 'rule\tcase\ttask\tseeds\tmetric\tflagged\tfixed\tverdict';

// ------------------------------------------------------------------ seeded randomness
// tfjs draws its own random numbers (initialisers, dropout) from Math.random when no seed is given: seeding
// Math.random before each run makes a run repeatable.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function gaussian(random) {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// ------------------------------------------------------------------ tasks (same designs as the DL4J harness)
function blobs(seed, n, dim, classes, centreScale) {
  const random = mulberry32(seed * 7919 + dim);
  const centres = Array.from({ length: classes }, () => Array.from({ length: dim }, () => gaussian(random) * centreScale));
  const x = [];
  const y = [];
  for (let i = 0; i < n; i++) {
    y.push(i % classes);
    x.push(centres[i % classes].map((c) => c + gaussian(random)));
  }
  return { x: tf.tensor2d(x), y };
}
function linearSign(seed, n, dim) {
  const random = mulberry32(seed * 104729 + 3);
  const w = Array.from({ length: dim }, () => gaussian(random));
  const x = [];
  const y = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: dim }, () => gaussian(random));
    x.push(row);
    y.push(row.reduce((s, v, j) => s + v * w[j], 0) > 0 ? 1 : 0);
  }
  return { x: tf.tensor2d(x), y };
}
function regression(seed, n, dim) {
  const random = mulberry32(seed * 15485863 + 1);
  const w = Array.from({ length: dim }, () => gaussian(random) / Math.sqrt(dim));
  const x = [];
  const y = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: dim }, () => gaussian(random));
    x.push(row);
    y.push(row.reduce((s, v, j) => s + v * w[j], 0));
  }
  return { x: tf.tensor2d(x), y };
}
// A 4x4 square of `value` on a black 16x16 image (NHWC), 1 pixel from every border; 4 quadrants or 2 halves.
function squares(seed, n, classes, value = 1) {
  const random = mulberry32(seed * 65537 + classes);
  const pixels = new Float32Array(n * 256);
  const y = [];
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    y.push(c);
    const top = classes === 4 ? Math.floor(c / 2) * 8 : c * 8;
    const left = classes === 4 ? (c % 2) * 8 : Math.floor(random() * 2) * 8;
    const r0 = top + 1 + Math.floor(random() * 3);
    const c0 = left + 1 + Math.floor(random() * 3);
    for (let dr = 0; dr < 4; dr++) for (let dc = 0; dc < 4; dc++) pixels[i * 256 + (r0 + dr) * 16 + c0 + dc] = value;
  }
  return { x: tf.tensor4d(pixels, [n, 16, 16, 1]), y };
}
// Pairs of points from 5 overlapping blobs: label 1 when both come from the same blob.
function pairs(seed, n, dim) {
  const random = mulberry32(seed * 613 + dim);
  const centres = Array.from({ length: 5 }, () => Array.from({ length: dim }, () => gaussian(random) * 1.5));
  const point = (c) => centres[c].map((v) => v + gaussian(random));
  const a = [];
  const b = [];
  const y = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * 5);
    const same = i % 2 === 0;
    const d = same ? c : (c + 1 + Math.floor(random() * 4)) % 5;
    a.push(point(c));
    b.push(point(d));
    y.push(same ? 1 : 0);
  }
  return { x: [tf.tensor2d(a), tf.tensor2d(b)], y };
}

const TASKS = {
  blobs: { name: 'blobs-64', description: 'MLP task: 10 Gaussian blobs, 64 features, 300 samples, 10 epochs',
    kind: 'dense', inputs: 64, classes: 10, epochs: 10, data: (s) => blobs(s, 300, 64, 10, 1.0) },
  sign: { name: 'linear-sign', description: 'MLP task: 2 classes, label = sign of a linear function of 20 features, 300 samples, 15 epochs',
    kind: 'dense', inputs: 20, classes: 2, epochs: 15, data: (s) => linearSign(s, 300, 20) },
  quadrants: { name: 'quadrants-cnn', description: 'CNN task: 16x16x1 images, class = quadrant of a bright square (4 classes), 256 images, 8 epochs',
    kind: 'cnn', classes: 4, epochs: 8, data: (s) => squares(s, 256, 4) },
  topBottom: { name: 'top-bottom-cnn', description: 'CNN task: 16x16x1 images, class = bright square in the top or bottom half (2 classes), 200 images, 8 epochs',
    kind: 'cnn', classes: 2, epochs: 8, data: (s) => squares(s, 200, 2) },
  regression: { name: 'linear-regression', description: 'regression task: target = linear function of 20 features, 300 samples, 15 epochs',
    kind: 'dense', inputs: 20, classes: 0, epochs: 15, data: (s) => regression(s, 300, 20) },
  pairs: { name: 'blob-pairs', description: 'siamese task: pairs of points from 5 overlapping blobs in 20 features, label 1 = same blob, 300 pairs, 15 epochs',
    kind: 'pairs', inputs: 20, classes: 2, epochs: 15, data: (s) => pairs(s, 300, 20) },
  quadrantsRaw: { name: 'quadrants-cnn-raw-pixels', description: 'CNN task: the quadrant images with pixel values 0..255, 256 images, 8 epochs',
    kind: 'cnn', classes: 4, epochs: 8, data: (s) => squares(s, 256, 4, 255) },
  topBottomRaw: { name: 'top-bottom-cnn-raw-pixels', description: 'CNN task: the top/bottom images with pixel values 0..255, 200 images, 8 epochs',
    kind: 'cnn', classes: 2, epochs: 8, data: (s) => squares(s, 200, 2, 255) },
};

// ------------------------------------------------------------------ models
// The front end of a task (nothing / conv 3x3x8 relu + max-pool 2x2 + flatten), one dense(64, relu), then a head.
function front(task, options = {}) {
  const layers = [];
  if (task.kind === 'cnn') {
    layers.push(tf.layers.conv2d({ inputShape: [16, 16, 1], filters: 8, kernelSize: 3, activation: 'relu',
      kernelInitializer: 'heNormal' }));
    layers.push(tf.layers.maxPooling2d({ poolSize: 2 }));
    if (!options.keepMap) layers.push(tf.layers.flatten());
  }
  return layers;
}
function sequential(task, { hidden = [64], dropout = 0, head }) {
  const model = tf.sequential();
  const layers = [...front(task)];
  hidden.forEach((units, i) => {
    layers.push(tf.layers.dense({ units, activation: 'relu', kernelInitializer: 'heNormal',
      ...(i === 0 && task.kind === 'dense' ? { inputShape: [task.inputs] } : {}) }));
    if (dropout > 0) layers.push(tf.layers.dropout({ rate: dropout }));
  });
  layers.push(tf.layers.dense({ units: head.units ?? task.classes, activation: head.activation }));
  layers.forEach((l) => model.add(l));
  return model;
}
const oneHot = (y, k) => tf.oneHot(tf.tensor1d(y, 'int32'), k).toFloat();
const column = (y) => tf.tensor2d(y, [y.length, 1]);

function accuracy(predictions, y) {
  const p = predictions.arraySync();
  let right = 0;
  p.forEach((row, i) => {
    const predicted = row.length === 1 ? (row[0] >= 0.5 ? 1 : 0) : row.indexOf(Math.max(...row));
    if (predicted === y[i]) right++;
  });
  return right / y.length;
}
function finite(t) {
  return t.isFinite().all().dataSync()[0] === 1;
}

// A classifier side: build the model, compile it, fit it, return its train accuracy (or the refusal).
function classifier({ build, loss, labels = 'onehot', optimizer = () => tf.train.adam(1e-3), input = (d) => d.x,
  evaluate = (d) => d.x }) {
  return async (task, data) => {
    const model = build(task);
    model.compile({ optimizer: optimizer(), loss });
    const y = labels === 'onehot' ? oneHot(data.y, task.classes) : column(data.y);
    const history = await model.fit(input(data), y, { epochs: task.epochs, batchSize: BATCH, shuffle: true, verbose: 0 });
    const losses = history.history.loss;
    const out = model.predict(evaluate(data));
    return { value: accuracy(out, data.y), finite: Number.isFinite(losses[losses.length - 1]) && finite(out) };
  };
}

// ------------------------------------------------------------------ losses Keras has and tfjs spells differently
// Keras' from_logits=True: the loss applies softmax (sigmoid) itself, to whatever the layer outputs.
const softmaxCrossEntropyFromLogits = (y, out) => tf.losses.softmaxCrossEntropy(y, out);
const sigmoidCrossEntropyFromLogits = (y, out) => tf.losses.sigmoidCrossEntropy(y, out);
const contrastive = (margin) => (y, d) => tf.tidy(() => tf.mean(tf.add(tf.mul(y, tf.square(d)),
  tf.mul(tf.sub(1, y), tf.square(tf.relu(tf.sub(margin, d)))))));

class EuclideanDistance extends tf.layers.Layer {
  static className = 'EuclideanDistance';
  computeOutputShape(shapes) { return [shapes[0][0], 1]; }
  call(inputs) {
    return tf.tidy(() => tf.sqrt(tf.add(tf.sum(tf.square(tf.sub(inputs[0], inputs[1])), -1, true), 1e-9)));
  }
}
tf.serialization.registerClass(EuclideanDistance);

function siamese(withSigmoidHead) {
  return async (task, data) => {
    const tower = tf.sequential({ layers: [
      tf.layers.dense({ inputShape: [task.inputs], units: 32, activation: 'relu', kernelInitializer: 'heNormal' }),
      tf.layers.dense({ units: 8 })] });
    const left = tf.input({ shape: [task.inputs] });
    const right = tf.input({ shape: [task.inputs] });
    let out = new EuclideanDistance().apply([tower.apply(left), tower.apply(right)]);
    if (withSigmoidHead) out = tf.layers.dense({ units: 1, activation: 'sigmoid' }).apply(out);
    const model = tf.model({ inputs: [left, right], outputs: out });
    model.compile({ optimizer: tf.train.adam(1e-3), loss: contrastive(1.0) });
    const history = await model.fit(data.x, column(data.y), { epochs: task.epochs, batchSize: BATCH, verbose: 0 });
    const d = model.predict(data.x).dataSync();
    // Verification accuracy at the best threshold on the model's output: small output = same blob.
    const order = [...d.keys()].sort((i, j) => d[i] - d[j]);
    let best = 0;
    let sameBelow = 0;
    const same = data.y.reduce((s, v) => s + v, 0);
    for (let k = 0; k <= order.length; k++) {
      if (k > 0) sameBelow += data.y[order[k - 1]];
      const right = sameBelow + (order.length - k - (same - sameBelow));
      best = Math.max(best, right / order.length);
    }
    const losses = history.history.loss;
    return { value: best, finite: Number.isFinite(losses[losses.length - 1]) };
  };
}

// Accuracy as Keras reports it for a model compiled with metrics=['accuracy'], beside the model's real quality.
function reportedAccuracy(kind) {
  return async (task, data, side) => {
    const model = tf.sequential({ layers: [
      tf.layers.dense({ inputShape: [task.inputs], units: 64, activation: 'relu', kernelInitializer: 'heNormal' }),
      tf.layers.dense({ units: 1, activation: kind === 'regression' ? 'linear' : 'sigmoid' })] });
    model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError', metrics: ['accuracy'] });
    const history = await model.fit(data.x, column(data.y), { epochs: task.epochs, batchSize: BATCH, verbose: 0 });
    const reported = history.history.acc ?? history.history.accuracy;
    if (side === 'flagged') return { value: reported[reported.length - 1], finite: true };
    const out = model.predict(data.x);
    if (kind !== 'regression') return { value: accuracy(out, data.y), finite: finite(out) };
    // R²: 1 - residual variance / target variance.
    const p = out.dataSync();
    const mean = data.y.reduce((s, v) => s + v, 0) / data.y.length;
    const ssTot = data.y.reduce((s, v) => s + (v - mean) ** 2, 0);
    const ssRes = data.y.reduce((s, v, i) => s + (v - p[i]) ** 2, 0);
    return { value: 1 - ssRes / ssTot, finite: finite(out) };
  };
}

// Trained on pixels scaled by 1/255 outside the model, served the raw pixels a caller has.
function servedRaw(withRescalingLayer) {
  return async (task, data) => {
    const model = tf.sequential();
    if (withRescalingLayer) model.add(tf.layers.rescaling({ inputShape: [16, 16, 1], scale: 1 / 255 }));
    model.add(tf.layers.conv2d({ ...(withRescalingLayer ? {} : { inputShape: [16, 16, 1] }), filters: 8,
      kernelSize: 3, activation: 'relu', kernelInitializer: 'heNormal' }));
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    model.add(tf.layers.flatten());
    model.add(tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: 'heNormal' }));
    model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
    const train = withRescalingLayer ? data.x : tf.div(data.x, 255);
    const history = await model.fit(train, oneHot(data.y, task.classes), { epochs: task.epochs, batchSize: BATCH, verbose: 0 });
    const out = model.predict(data.x);
    const losses = history.history.loss;
    return { value: accuracy(out, data.y), finite: Number.isFinite(losses[losses.length - 1]) && finite(out) };
  };
}

function denseOnFeatureMap(mode) {
  return classifier({ build: (task) => {
    const model = tf.sequential();
    front(task, { keepMap: true }).forEach((l) => model.add(l));
    if (mode === 'global-pooling') {
      model.add(tf.layers.globalAveragePooling2d({}));
      model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    } else if (mode === 'dense-on-map') {
      model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    } else if (mode === 'dense-then-flatten') {
      model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: 'heNormal' }));
      model.add(tf.layers.flatten());
      model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    } else {
      model.add(tf.layers.flatten());
      model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: 'heNormal' }));
      model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    }
    return model;
  }, loss: 'categoricalCrossentropy' });
}

// Keras' 'exponential' activation, which tfjs lacks: an Activation subclass registered under Keras' name, so
// Dense(activation='exponential') builds and trains as in Keras (exp(x)).
const ActivationBase = Object.getPrototypeOf(tf.layers.dense({ units: 1, activation: 'relu' }).activation.constructor);
class Exponential extends ActivationBase {
  apply(x) { return tf.exp(x); }
}
Exponential.className = 'exponential';
tf.serialization.registerClass(Exponential);

// The task's front end, then one dense layer per [units, activation, kernelInitializer], then a softmax head.
function stack(specs) {
  return (task) => {
    const model = tf.sequential();
    front(task).forEach((l) => model.add(l));
    specs.forEach(([units, activation, kernelInitializer], i) => model.add(tf.layers.dense({ units, activation,
      kernelInitializer, ...(i === 0 && task.kind === 'dense' ? { inputShape: [task.inputs] } : {}) })));
    model.add(tf.layers.dense({ units: task.classes, activation: 'softmax' }));
    return model;
  };
}
const repeat = (n, spec) => Array.from({ length: n }, () => spec);
const uniformFrom = (minval, maxval) => () => tf.initializers.randomUniform({ minval, maxval });
const normalAt = (mean, stddev) => () => tf.initializers.randomNormal({ mean, stddev });
// An initialiser object per layer (a factory), as Keras builds one per layer.
const fresh = (specs) => specs.map(([u, a, init]) => [u, a, typeof init === 'function' ? init() : init]);
const stackOf = (specs) => (task) => stack(fresh(specs))(task);

// ------------------------------------------------------------------ the cases
const head = (activation, units) => (task) => sequential(task, { head: { activation, units } });
const T = TASKS;
const CASES = [
  { rule: 'NL102', text: "sigmoid(K) + categorical_crossentropy vs softmax(K) + categorical_crossentropy, one-hot labels",
    tasks: [T.sign, T.topBottom, T.blobs],
    flagged: classifier({ build: head('sigmoid'), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL103', text: 'softmax(K) + binary_crossentropy vs softmax(K) + categorical_crossentropy, one-hot labels',
    tasks: [T.blobs, T.quadrants],
    flagged: classifier({ build: head('softmax'), loss: 'binaryCrossentropy' }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL104', text: 'relu(K) + categorical_crossentropy vs softmax(K) + categorical_crossentropy',
    tasks: [T.blobs, T.quadrants],
    flagged: classifier({ build: head('relu'), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL104', text: 'linear(1) + binary_crossentropy vs sigmoid(1) + binary_crossentropy, 0/1 labels',
    tasks: [T.sign, T.topBottom],
    flagged: classifier({ build: head('linear', 1), loss: 'binaryCrossentropy', labels: 'column' }),
    fixed: classifier({ build: head('sigmoid', 1), loss: 'binaryCrossentropy', labels: 'column' }) },
  { rule: 'NL111', text: 'softmax(K) output + categorical cross-entropy from_logits=True vs from_logits=False',
    tasks: [T.blobs, T.quadrants],
    flagged: classifier({ build: head('softmax'), loss: softmaxCrossEntropyFromLogits }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL111', text: 'sigmoid(1) output + binary cross-entropy from_logits=True vs from_logits=False',
    tasks: [T.sign, T.topBottom],
    flagged: classifier({ build: head('sigmoid', 1), loss: sigmoidCrossEntropyFromLogits, labels: 'column' }),
    fixed: classifier({ build: head('sigmoid', 1), loss: 'binaryCrossentropy', labels: 'column' }) },
  { rule: 'NL604', text: 'Adam(1e-3, beta_2 1.0) vs Adam(1e-3, beta_2 0.999)',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adam(1e-3, 0.9, 1.0) }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adam(1e-3, 0.9, 0.999) }) },
  { rule: 'NL604', text: 'Adam(1e-3, beta_1 1.0) vs Adam(1e-3, beta_1 0.9)',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adam(1e-3, 1.0, 0.999) }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adam(1e-3, 0.9, 0.999) }) },
  { rule: 'NL403', text: 'Dropout(0.8) after each of 2 relu Dense(128) vs Dropout(0.2)',
    tasks: [T.blobs, T.quadrants],
    flagged: classifier({ build: (t) => sequential(t, { hidden: [128, 128], dropout: 0.8, head: { activation: 'softmax' } }), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: (t) => sequential(t, { hidden: [128, 128], dropout: 0.2, head: { activation: 'softmax' } }), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL305', text: 'Dense(64, relu, he_normal), then 2 Dense(64, relu) initialised RandomUniform(0.01, 1) (tfjs reads minval 0 as unset) vs he_normal',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf([[64, 'relu', 'heNormal'], ...repeat(2, [64, 'relu', uniformFrom(0.01, 1)])]), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: stackOf(repeat(3, [64, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL305', text: 'Dense(64, relu, he_normal), then Dense(64, relu) initialised RandomNormal(mean=1, stddev=0.05) vs he_normal',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf([[64, 'relu', 'heNormal'], [64, 'relu', normalAt(1, 0.05)]]), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: stackOf(repeat(2, [64, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL306', text: '12 Dense(128, relu) with glorot_uniform vs he_normal, Adam(1e-3)',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf(repeat(12, [128, 'relu', 'glorotUniform'])), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: stackOf(repeat(12, [128, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL306', text: '12 Dense(128, relu) with glorot_uniform vs he_normal, SGD(0.01)',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf(repeat(12, [128, 'relu', 'glorotUniform'])), loss: 'categoricalCrossentropy', optimizer: () => tf.train.sgd(0.01) }),
    fixed: classifier({ build: stackOf(repeat(12, [128, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy', optimizer: () => tf.train.sgd(0.01) }) },
  ...[6, 4].map((depth) => ({ rule: 'NL306', text: `${depth} Dense(128, relu) with glorot_uniform vs he_normal, SGD(0.01)`,
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf(repeat(depth, [128, 'relu', 'glorotUniform'])), loss: 'categoricalCrossentropy', optimizer: () => tf.train.sgd(0.01) }),
    fixed: classifier({ build: stackOf(repeat(depth, [128, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy', optimizer: () => tf.train.sgd(0.01) }) })),
  { rule: 'NL502', text: "2 Dense(64, 'exponential') (glorot_uniform) vs 2 Dense(64, relu, he_normal)",
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf(repeat(2, [64, 'exponential', 'glorotUniform'])), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: stackOf(repeat(2, [64, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL502', text: "2 Dense(64, 'exponential') initialised RandomUniform(0.01, 0.1) (all positive) vs 2 Dense(64, relu, he_normal)",
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: stackOf(repeat(2, [64, 'exponential', uniformFrom(0.01, 0.1)])), loss: 'categoricalCrossentropy' }),
    fixed: classifier({ build: stackOf(repeat(2, [64, 'relu', 'heNormal'])), loss: 'categoricalCrossentropy' }) },
  { rule: 'NL606', text: 'Adagrad(1.0) vs Adagrad(0.01) (Keras 2.0 default)',
    tasks: [T.blobs, T.sign],
    flagged: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adagrad(1.0) }),
    fixed: classifier({ build: head('softmax'), loss: 'categoricalCrossentropy', optimizer: () => tf.train.adagrad(0.01) }) },
  { rule: 'NL703', text: 'Dense(K, softmax) straight on the Conv2D feature map vs GlobalAveragePooling2D before it',
    tasks: [T.quadrants, T.topBottom], flagged: denseOnFeatureMap('dense-on-map'), fixed: denseOnFeatureMap('global-pooling') },
  { rule: 'NL703', text: 'Dense(16) on the Conv2D feature map, then Flatten, Dense(K) vs Flatten first',
    tasks: [T.quadrants, T.topBottom], flagged: denseOnFeatureMap('dense-then-flatten'), fixed: denseOnFeatureMap('flatten-first') },
  { rule: 'NL801', text: "metrics=['accuracy'] with mean_squared_error: the accuracy Keras reports vs the model's real quality",
    metric: "flagged: reported 'accuracy'; fixed: the same model's real quality (R² for a regression target, accuracy at threshold 0.5 for 0/1 targets); fails = the two differ by more than the margin",
    compare: 'differs',
    tasks: [T.regression, T.sign],
    flagged: (task, data) => reportedAccuracy(task === T.regression ? 'regression' : 'binary')(task, data, 'flagged'),
    fixed: (task, data) => reportedAccuracy(task === T.regression ? 'regression' : 'binary')(task, data, 'fixed') },
  { rule: 'NL802', text: 'Dense(1, sigmoid) between the Euclidean distance and the contrastive loss vs the distance fed to the loss',
    metric: 'verification accuracy on the training pairs at the best threshold on the output',
    tasks: [T.pairs], flagged: siamese(true), fixed: siamese(false) },
  { rule: 'NL804', text: 'inputs scaled by 1/255 outside the model, raw pixels at prediction vs a Rescaling(1/255) layer in the model',
    metric: 'accuracy on raw 0..255 pixels (as a caller sends them) after training',
    tasks: [T.quadrantsRaw, T.topBottomRaw], flagged: servedRaw(false), fixed: servedRaw(true) },
];

// ------------------------------------------------------------------ running
const fmt = (values) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return `${mean.toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`;
};
const clean = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 240);

async function run(side, task, seed) {
  Math.random = mulberry32(seed * 2654435761);
  const data = task.data(seed);
  tf.engine().startScope();
  try {
    return await side(task, data);
  } catch (e) {
    return { refused: clean(`${e.name}: ${e.message}`) };
  } finally {
    tf.engine().endScope();
  }
}

async function main() {
  const [out, ...only] = process.argv.slice(2);
  const rows = [HEADER];
  const start = Date.now();
  // Dense and siamese tasks first, convolutional ones last: pure-JS convolutions are the slow part, and the rows
  // are written as they are made.
  const caseText = process.env.EVIDENCE_CASE ? new RegExp(process.env.EVIDENCE_CASE) : null;
  const work = CASES.filter((c) => !only.length || only.includes(c.rule))
    .filter((c) => !caseText || caseText.test(c.text))
    .flatMap((c) => c.tasks.map((task) => ({ c, task })))
    .sort((a, b) => (a.task.kind === 'cnn') - (b.task.kind === 'cnn'));
  for (const { c, task } of work) {
    {
      const flagged = [];
      const fixed = [];
      let failed = 0;
      let notFinite = 0;
      let refusal = null;
      for (const seed of SEEDS) {
        const f = await run(c.flagged, task, seed);
        const x = await run(c.fixed, task, seed);
        if (x.refused || !x.finite) throw new Error(`fixed twin of ${c.rule} failed on ${task.name}: ${JSON.stringify(x)}`);
        fixed.push(x.value);
        if (f.refused) {
          refusal = f.refused;
          failed++;
          continue;
        }
        flagged.push(f.value);
        if (!f.finite) notFinite++;
        const fails = !f.finite || (c.compare === 'differs' ? Math.abs(f.value - x.value) > MARGIN : f.value < x.value - MARGIN);
        if (fails) failed++;
      }
      const base = c.metric ?? `train accuracy after ${task.epochs} epochs`;
      if (refusal && flagged.length === 0) {
        rows.push([c.rule, `Keras: ${c.text}`, task.name, SEEDS.join(','), `flagged: TensorFlow.js fit(); fixed: ${base}`,
          `refused at fit(): ${refusal}`, fmt(fixed), 'framework-refuses'].join('\t'));
      } else {
        const metric = base + (notFinite ? `; loss or outputs NaN/Inf in ${notFinite}/${SEEDS.length} flagged runs` : '')
          + (refusal ? `; fit() threw in ${SEEDS.length - flagged.length}/${SEEDS.length} flagged runs` : '');
        const verdict = failed === SEEDS.length ? 'fails-always' : failed === 0 ? 'no-effect' : 'fails-sometimes';
        rows.push([c.rule, `Keras: ${c.text}`, task.name, SEEDS.join(','), metric, fmt(flagged), fmt(fixed), verdict].join('\t'));
      }
      console.error(`${c.rule} ${task.name} ${((Date.now() - start) / 1000).toFixed(0)} s`);
      writeFileSync(out, rows.join('\n') + '\n');
    }
  }
  writeFileSync(out, rows.join('\n') + '\n');
}

await main();
