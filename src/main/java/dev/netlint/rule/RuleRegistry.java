package dev.netlint.rule;

import dev.netlint.rule.activation.SigmoidHiddenStack;
import dev.netlint.rule.file.CustomClassPart;
import dev.netlint.rule.file.KerasForeignModule;
import dev.netlint.rule.file.KerasLambdaBytecode;
import dev.netlint.rule.file.NoTrainingConfig;
import dev.netlint.rule.file.ShapeRefusedByDl4j;
import dev.netlint.rule.file.StaleSuppression;
import dev.netlint.rule.file.TensorFlowOpLayer;
import dev.netlint.rule.file.TrailingJsonValue;
import dev.netlint.rule.file.UnexpectedArchiveEntry;
import dev.netlint.rule.file.UnknownLayerClass;
import dev.netlint.rule.file.UnreadableModel;
import dev.netlint.rule.head.FromLogitsOnActivatedOutput;
import dev.netlint.rule.head.LossLayerAfterUnboundedActivation;
import dev.netlint.rule.head.LossWeightsLength;
import dev.netlint.rule.head.MissingOutputLayer;
import dev.netlint.rule.head.MultiClassCrossEntropySingleUnit;
import dev.netlint.rule.head.OutputUnitsZero;
import dev.netlint.rule.head.OutputValidationDisabled;
import dev.netlint.rule.head.ProbabilityLossUnboundedActivation;
import dev.netlint.rule.head.RegressionLossOnSoftmax;
import dev.netlint.rule.head.SigmoidMultiClassCrossEntropy;
import dev.netlint.rule.head.SoftmaxBinaryCrossEntropy;
import dev.netlint.rule.head.SoftmaxSingleUnit;
import dev.netlint.rule.init.ConstantWeightInit;
import dev.netlint.rule.init.DistributionVarianceOff;
import dev.netlint.rule.init.InitActivationMismatch;
import dev.netlint.rule.init.NaiveInitInReluStack;
import dev.netlint.rule.labels.BinaryLabelsOnTwoUnitSoftmax;
import dev.netlint.rule.labels.ClassCountMismatch;
import dev.netlint.rule.labels.InferredLabelMode;
import dev.netlint.rule.labels.LabelModeMismatch;
import dev.netlint.rule.optimizer.DecayOutOfRange;
import dev.netlint.rule.optimizer.EpsilonZero;
import dev.netlint.rule.optimizer.LearningRateHigh;
import dev.netlint.rule.optimizer.LearningRateTooHigh;
import dev.netlint.rule.optimizer.NoOpUpdater;
import dev.netlint.rule.regularization.DropoutAndL2Everywhere;
import dev.netlint.rule.regularization.DropoutBeforeOutput;
import dev.netlint.rule.regularization.DropoutOnOutputLayer;
import dev.netlint.rule.regularization.DropoutRateAboveHalf;
import dev.netlint.rule.regularization.DropoutRetainBelowHalf;
import dev.netlint.rule.regularization.HeavyWeightPenalty;
import dev.netlint.rule.structure.DeadLayer;
import dev.netlint.rule.structure.DenseDominatesParameters;
import dev.netlint.rule.structure.DenseOnImageTensor;
import dev.netlint.rule.structure.GraphIntegrity;
import dev.netlint.rule.structure.InputSizeMismatch;
import dev.netlint.rule.structure.SoftmaxTwice;
import dev.netlint.rule.structure.SpatialCollapse;
import dev.netlint.rule.structure.StackedLinearLayers;
import dev.netlint.rule.training.AccuracyOnNonClassificationLoss;
import dev.netlint.rule.training.ActivationAfterDistance;
import dev.netlint.rule.training.DeclaredInputScalingOutsideModel;
import dev.netlint.rule.training.NoInputScaling;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one list of rules. A new rule is a new class plus one line here, a doc page and its tests. */
public final class RuleRegistry {

    private static final List<Rule> RULES = List.of(
            new UnreadableModel(),
            new TrailingJsonValue(),
            new UnknownLayerClass(),
            new NoTrainingConfig(),
            new StaleSuppression(),
            new CustomClassPart(),
            new KerasForeignModule(),
            new ShapeRefusedByDl4j(),
            new KerasLambdaBytecode(),
            new TensorFlowOpLayer(),
            new UnexpectedArchiveEntry(),
            new SoftmaxSingleUnit(),
            new SigmoidMultiClassCrossEntropy(),
            new SoftmaxBinaryCrossEntropy(),
            new ProbabilityLossUnboundedActivation(),
            new MultiClassCrossEntropySingleUnit(),
            new RegressionLossOnSoftmax(),
            new MissingOutputLayer(),
            new OutputUnitsZero(),
            new LossWeightsLength(),
            new LossLayerAfterUnboundedActivation(),
            new FromLogitsOnActivatedOutput(),
            new OutputValidationDisabled(),
            new LabelModeMismatch(),
            new ClassCountMismatch(),
            new InferredLabelMode(),
            new BinaryLabelsOnTwoUnitSoftmax(),
            new ConstantWeightInit(),
            new NaiveInitInReluStack(),
            new InitActivationMismatch(),
            new DistributionVarianceOff(),
            new dev.netlint.rule.init.InitMeanOffZero(),
            new dev.netlint.rule.init.ReluStackSignalGain(),
            new DropoutRetainBelowHalf(),
            new DropoutBeforeOutput(),
            new DropoutRateAboveHalf(),
            new DropoutAndL2Everywhere(),
            new HeavyWeightPenalty(),
            new DropoutOnOutputLayer(),
            new SigmoidHiddenStack(),
            new dev.netlint.rule.activation.ExponentialHiddenStack(),
            new LearningRateTooHigh(),
            new LearningRateHigh(),
            new NoOpUpdater(),
            new DecayOutOfRange(),
            new EpsilonZero(),
            new dev.netlint.rule.optimizer.AccumulatorLearningRateHigh(),
            new InputSizeMismatch(),
            new SpatialCollapse(),
            new dev.netlint.rule.structure.ImpossibleLayerSize(),
            new DenseOnImageTensor(),
            new GraphIntegrity(),
            new DeadLayer(),
            new DenseDominatesParameters(),
            new StackedLinearLayers(),
            new SoftmaxTwice(),
            new AccuracyOnNonClassificationLoss(),
            new ActivationAfterDistance(),
            new NoInputScaling(),
            new DeclaredInputScalingOutsideModel());

    private static final Map<String, RuleMeta> META_BY_ID = allMetas().stream()
            .collect(Collectors.toUnmodifiableMap(RuleMeta::id, Function.identity()));

    private RuleRegistry() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** Every checkable id, sorted by id. */
    public static List<RuleMeta> metas() {
        return allMetas().stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
    }

    public static Optional<RuleMeta> meta(String id) {
        return Optional.ofNullable(META_BY_ID.get(id));
    }

    private static List<RuleMeta> allMetas() {
        return RULES.stream().map(Rule::meta).toList();
    }
}
