// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingWording.h"

#include "Wording.h"

#include <QLocale>

namespace localrig::ui {

namespace {

constexpr double kMinute = 60.0;
constexpr double kHour = 3600.0;
constexpr double kDay = 86400.0;

} // namespace

QString TrainingWording::method(core::TrainingMethod method)
{
    switch (method) {
    case core::TrainingMethod::Full:
        return tr("full fine-tuning");
    case core::TrainingMethod::Lora:
        return tr("LoRA");
    case core::TrainingMethod::Qlora:
        return tr("QLoRA");
    }
    return tr("LoRA");
}

QString TrainingWording::settings(const core::TrainingSettings& settings)
{
    const QLocale locale;
    QString text = method(settings.method);
    if (settings.method != core::TrainingMethod::Full) {
        text = tr("%1 rank %2").arg(text, locale.toString(settings.loraRank));
    }
    text = tr("%1 · batch %2 × %3 tokens")
               .arg(text, locale.toString(settings.microBatch), locale.toString(settings.sequenceLength));
    return settings.gradientCheckpointing ? tr("%1 · gradient checkpointing").arg(text)
                                          : tr("%1 · no checkpointing").arg(text);
}

QString TrainingWording::breakdown(const core::TrainingMemory& memory)
{
    const double trainable
        = memory.adapterBytes + memory.gradientBytes + memory.masterWeightsBytes + memory.optimizerBytes;
    return tr("%1 weights + %2 trainable state (adapters, gradients, optimizer) + %3 activations + %4 overhead")
        .arg(Wording::gigabytes(memory.weightsBytes), Wording::gigabytes(trainable),
             Wording::gigabytes(memory.activationBytes), Wording::gigabytes(memory.overheadBytes));
}

QString TrainingWording::workloadLine(const QString& workloadName, const core::WorkloadFootprint& footprint)
{
    if (!footprint.trainingSettings || !footprint.trainingMemory) {
        return workloadName;
    }
    return tr("%1: %2 · %3 · %4 to train (%5)")
        .arg(workloadName, QString::fromStdString(footprint.modelName), settings(*footprint.trainingSettings),
             Wording::gigabytes(footprint.trainingMemory->totalBytes), breakdown(*footprint.trainingMemory));
}

QString TrainingWording::speed(const core::ModelOnPlatform& entry, double datasetTokens)
{
    if (entry.fit.verdict == core::FitVerdict::WontFit) {
        return tr("does not fit for training on one device");
    }
    if (!entry.trainingSpeed) {
        return tr("fits for training; speed not estimated (no published 16-bit FLOPS for this machine)");
    }
    const QLocale locale;
    const core::Band& tps = entry.trainingSpeed->tokensPerSecond;
    const core::Band& time = entry.trainingSpeed->seconds;
    return tr("about %1 training tokens/s (%2–%3); an epoch of %4 tokens takes about %5 (%6–%7)")
        .arg(locale.toString(tps.typical, 'f', 0), locale.toString(tps.low, 'f', 0), locale.toString(tps.high, 'f', 0),
             tokens(datasetTokens), duration(time.typical), duration(time.low), duration(time.high));
}

QString TrainingWording::duration(double seconds)
{
    const QLocale locale;
    if (seconds < 2.0 * kMinute) {
        return tr("%1 s").arg(locale.toString(seconds, 'f', 0));
    }
    if (seconds < 2.0 * kHour) {
        return tr("%1 min").arg(locale.toString(seconds / kMinute, 'f', 0));
    }
    if (seconds < 2.0 * kDay) {
        return tr("%1 h").arg(locale.toString(seconds / kHour, 'f', 1));
    }
    return tr("%1 days").arg(locale.toString(seconds / kDay, 'f', 1));
}

QString TrainingWording::tokens(double count)
{
    const QLocale locale;
    if (count >= 1e9) {
        return tr("%1 B").arg(locale.toString(count / 1e9, 'g', 3));
    }
    if (count >= 1e6) {
        return tr("%1 M").arg(locale.toString(count / 1e6, 'g', 3));
    }
    return locale.toString(count, 'f', 0);
}

} // namespace localrig::ui
