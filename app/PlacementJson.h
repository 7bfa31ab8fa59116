// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

#include <QJsonObject>

// Issue 17 in `--json`: where the weights live (placement, --n-cpu-moe pools, per-card layer split), the
// llama.cpp command line that matches the estimate, and a Mac's GPU memory limit step.
namespace localrig::app {

// Adds placement, experts_in_system_ram, cards and run_command to one model's object.
void addPlacement(QJsonObject& model, const core::ModelOnPlatform& entry);
// Adds gpu_count, cards and wired_limit to one machine's object.
void addMachineLayout(QJsonObject& machine, const core::PlatformAssessment& assessment);

} // namespace localrig::app
