// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

// One fine-tuning need on one machine: the fit rules applied to the training total, and the training speed.
namespace localrig::core {

// Fills entry.memory, fit, training and trainingSpeed from `footprint` (asFootprint of the need's training
// memory). Training keeps every tensor on one device: a footprint that would spill weights to system RAM does
// not fit, and a multi-GPU build or a cluster is not sized (that needs FSDP/DeepSpeed sharding, not estimated).
// A CPU-only machine is marked trainingOnCpu (graded Slow) and gets no training speed.
Result<void> assessTrainingOn(ModelOnPlatform& entry, const ModelNeed& need, const MemoryBreakdown& footprint,
                              const Platform& system, const Scenario& own, const SizingConstants& constants);

} // namespace localrig::core
