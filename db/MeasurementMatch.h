// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Platform.h"

#include <QString>

#include <vector>

// Which published measurement stands beside an estimate: the same model, quantization and machine at
// nearly the same KV-cache depth, on the machine's own backend when that was measured, else on another
// backend (the caller names it, since a Vulkan figure is not a CUDA one).
namespace localrig::db {

struct MeasurementQuery
{
    QString modelId;
    QString quantId;
    QString platformId;
    core::Backend backend = core::Backend::Cuda;
    int contextTokens = 0;
};

// Decode speed falls with KV depth, so a measurement stands for an estimate only near its own depth:
// within max(kNearContextTokens, kNearContextShare x the larger of the two). On the DGX Spark bench
// gpt-oss-20b decodes 84.1 t/s at depth 0 and 59.85 at 32768, i.e. (84.1 - 59.85) / 32768 x 4096 =
// 3.0 t/s (3.6 %) per 4096 tokens: the difference stays within the measurement's own spread.
inline constexpr int kNearContextTokens = 4096;
inline constexpr double kNearContextShare = 0.10;

bool nearlySameContext(int measuredTokens, int wantedTokens);

// The best row for `query`, or nullptr: same backend first, then the closest depth, then the newest.
const MeasurementEntry* findMeasurement(const std::vector<MeasurementEntry>& rows, const MeasurementQuery& query);

} // namespace localrig::db
