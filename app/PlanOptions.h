// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "db/Catalog.h"
#include "ui/PlanCalculator.h"

#include <QCommandLineParser>

// The plan options `recommend` and `report` share: workloads, context, agents, budget, vendor, ...
namespace localrig::app {

void addPlanOptions(QCommandLineParser& parser);
// Reads and checks the options; unknown workloads are reported with the closest catalog names.
Result<ui::PlanInputs> readPlanOptions(const QCommandLineParser& parser, const db::Catalog& catalog);
// The fine-tuning settings (--train-method, --lora-rank, --micro-batch, --seq-len, --no-checkpointing,
// --optimizer, --dataset-tokens); they apply to the fine-tuning workload only.
Result<core::TrainingSettings> readTrainingOptions(const QCommandLineParser& parser);

} // namespace localrig::app
