// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace localrig::ui {

// How the estimate assumes a model is run on a machine, in words a buyer can act on (issue 17): where the
// weights sit (experts in system RAM, layers split over cards), the llama.cpp command line, and on a Mac
// the GPU memory limit to raise.
class RunAdvice
{
    Q_DECLARE_TR_FUNCTIONS(RunAdvice)

public:
    // "Experts of 19 of 36 layers in system RAM (33.0 GB there, 32.1 GB on the card)"; empty when every
    // weight sits in the GPU's own pool.
    static QString placement(const core::ModelOnPlatform& model);
    enum class CommandsPer { Workload, Model };
    // "Run gpt-oss-120b with: llama-server -m … --n-cpu-moe 19": a line a distinct command (each workload's
    // context and sessions), or only the first workload's a model where space is short (the tier card).
    static QStringList commands(const core::PlatformAssessment& assessment, const QStringList& modelNames,
                                CommandsPer per = CommandsPer::Workload);
    // The Mac's wired-limit step with its command and what it leaves macOS; empty when none is needed.
    static QString wiredLimit(const core::PlatformAssessment& assessment);
};

} // namespace localrig::ui
