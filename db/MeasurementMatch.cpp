// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasurementMatch.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace localrig::db {

namespace {

bool sameId(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool nearlySameContext(int measuredTokens, int wantedTokens)
{
    if (measuredTokens < 0 || wantedTokens < 0) {
        return false;
    }
    const auto larger = static_cast<double>(std::max(measuredTokens, wantedTokens));
    const double allowed = std::max(static_cast<double>(kNearContextTokens), kNearContextShare * larger);
    return std::abs(measuredTokens - wantedTokens) <= allowed;
}

const MeasurementEntry* findMeasurement(const std::vector<MeasurementEntry>& rows, const MeasurementQuery& query)
{
    const MeasurementEntry* best = nullptr;
    // Lower is better: another backend, distance in tokens, then older (dates compare as ISO text).
    const auto rank = [&](const MeasurementEntry& row) {
        return std::make_tuple(row.backend == query.backend ? 0 : 1, std::abs(row.contextTokens - query.contextTokens));
    };
    for (const MeasurementEntry& row : rows) {
        if (!sameId(row.modelId, query.modelId) || !sameId(row.quantId, query.quantId)
            || !sameId(row.platformId, query.platformId)
            || !nearlySameContext(row.contextTokens, query.contextTokens)) {
            continue;
        }
        if (!best || rank(row) < rank(*best)
            || (rank(row) == rank(*best) && row.source.sourceDate > best->source.sourceDate)) {
            best = &row;
        }
    }
    return best;
}

} // namespace localrig::db
