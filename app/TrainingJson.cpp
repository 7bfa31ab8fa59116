// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingJson.h"

#include <algorithm>

namespace localrig::app {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonObject bandToJson(const core::Band& band)
{
    return QJsonObject{{QStringLiteral("low"), band.low},
                       {QStringLiteral("typical"), band.typical},
                       {QStringLiteral("high"), band.high}};
}

const core::ModelOnPlatform* trainingEntry(const core::PlatformAssessment& machine)
{
    const auto it = std::find_if(machine.models.begin(), machine.models.end(),
                                 [](const core::ModelOnPlatform& m) { return m.training; });
    return it == machine.models.end() ? nullptr : &*it;
}

} // namespace

QJsonValue trainingSpeedToJson(const core::ModelOnPlatform& entry)
{
    if (!entry.trainingSpeed) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{QStringLiteral("tokens_per_s"), bandToJson(entry.trainingSpeed->tokensPerSecond)},
                       {QStringLiteral("epoch_seconds"), bandToJson(entry.trainingSpeed->seconds)}};
}

QJsonValue trainingToJson(const core::Recommendation& recommendation)
{
    const auto footprint
        = std::find_if(recommendation.workloads.begin(), recommendation.workloads.end(),
                       [](const core::WorkloadFootprint& w) { return w.trainingMemory && w.trainingSettings; });
    if (footprint == recommendation.workloads.end()) {
        return QJsonValue(QJsonValue::Null);
    }
    const core::TrainingSettings& settings = *footprint->trainingSettings;
    const core::TrainingMemory& memory = *footprint->trainingMemory;
    QJsonObject training{
        {QStringLiteral("workload"), QString::fromStdString(footprint->workload)},
        {QStringLiteral("model"), QString::fromStdString(footprint->modelId)},
        {QStringLiteral("method"), text(core::toString(settings.method))},
        {QStringLiteral("rank"), settings.method == core::TrainingMethod::Full ? QJsonValue() : settings.loraRank},
        {QStringLiteral("batch"), settings.microBatch},
        {QStringLiteral("sequence_length"), settings.sequenceLength},
        {QStringLiteral("checkpointing"), settings.gradientCheckpointing},
        {QStringLiteral("optimizer"), text(core::toString(settings.optimizer))},
        {QStringLiteral("trainable_params"), memory.trainableParams},
        {QStringLiteral("weights_bytes"), memory.weightsBytes},
        {QStringLiteral("adapters_bytes"), memory.adapterBytes},
        {QStringLiteral("gradients_bytes"), memory.gradientBytes},
        {QStringLiteral("master_weights_bytes"), memory.masterWeightsBytes},
        {QStringLiteral("optimizer_bytes"), memory.optimizerBytes},
        {QStringLiteral("activations_bytes"), memory.activationBytes},
        {QStringLiteral("overhead_bytes"), memory.overheadBytes},
        {QStringLiteral("total_bytes"), memory.totalBytes},
        {QStringLiteral("epoch_tokens"), settings.datasetTokens},
    };
    QJsonValue machine(QJsonValue::Null);
    QJsonValue speed(QJsonValue::Null);
    if (recommendation.recommended) {
        const core::PlatformAssessment& best = recommendation.ranked[*recommendation.recommended];
        machine = QString::fromStdString(best.platform.id);
        if (const core::ModelOnPlatform* entry = trainingEntry(best)) {
            speed = trainingSpeedToJson(*entry);
        }
    }
    training.insert(QStringLiteral("machine"), machine);
    const QJsonObject speedObject = speed.toObject();
    training.insert(QStringLiteral("tokens_per_s"),
                    speed.isNull() ? QJsonValue() : speedObject.value(QStringLiteral("tokens_per_s")));
    training.insert(QStringLiteral("epoch_seconds"),
                    speed.isNull() ? QJsonValue() : speedObject.value(QStringLiteral("epoch_seconds")));
    return training;
}

} // namespace localrig::app
