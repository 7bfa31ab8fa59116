// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

#include <QCoreApplication>
#include <QString>

namespace localrig::ui {

// Words for the fine-tuning workload (issue 18): what the run is, what it needs in memory, how fast it goes
// and how long an epoch takes on one machine. Shared by the tier card, the CLI and the report.
class TrainingWording
{
    Q_DECLARE_TR_FUNCTIONS(TrainingWording)

public:
    static QString method(core::TrainingMethod method);
    // "LoRA r=16 · batch 1 × 4,096 tokens · checkpointing"
    static QString settings(const core::TrainingSettings& settings);
    // "23.9 GB weights + 1.1 GB adapters, gradients and optimizer + 3.0 GB activations + 1.4 GB overhead"
    static QString breakdown(const core::TrainingMemory& memory);
    // The tier card's workload line: "<workload>: <model> · <settings> · <total> to train".
    static QString workloadLine(const QString& workloadName, const core::WorkloadFootprint& footprint);
    // "about 2,100 training tokens/s (1,400–3,100); an epoch of 10 M tokens takes about 1.3 h (0.9–2.0 h)",
    // or why it is not estimated (does not fit, no published FLOPS).
    static QString speed(const core::ModelOnPlatform& entry, double datasetTokens);
    static QString duration(double seconds);
    static QString tokens(double count);
};

} // namespace localrig::ui
