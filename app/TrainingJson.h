// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"

#include <QJsonObject>
#include <QJsonValue>

// The fine-tuning workload as JSON (issue 18): its settings and memory breakdown, and its speed on a machine.
namespace localrig::app {

// {low, typical, high} tokens/s and epoch seconds of one machine's training run; null when not estimated.
QJsonValue trainingSpeedToJson(const core::ModelOnPlatform& entry);

// The plan's "training" object: method, rank, batch, sequence_length, checkpointing, optimizer, every memory
// term and the total in bytes, epoch_tokens, and tokens_per_s / epoch_seconds on the recommended machine
// (null when nothing is recommended or its FLOPS are unknown). Null when no workload is fine-tuning.
QJsonValue trainingToJson(const core::Recommendation& recommendation);

} // namespace localrig::app
