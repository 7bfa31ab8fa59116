// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>
#include <vector>

namespace localrig::core {

struct TcoInput
{
    double hardwareUsd = 0.0;
    double apiUsdPerMonth = 0.0;
    double loadWatts = 0.0;
    double hoursPerDay = 0.0;
    double usdPerKwh = 0.0;
    int months = 36;
    double resaleFraction = 0.0; // share of the price recovered by selling at the end (optional)
};

// Cumulative costs per month: index 0 is the day of purchase, index m the end of month m.
struct TcoResult
{
    std::vector<double> localCumulativeUsd; // price + electricity so far
    std::vector<double> apiCumulativeUsd; // API spend so far
    double electricityUsdPerMonth = 0.0;
    std::optional<int> breakEvenMonth; // first month whose cumulative API spend reaches the local cost
    std::optional<double> breakEvenMonths; // the same, as a fraction of months (price / monthly saving)
    double localNetUsdAtEnd = 0.0; // after resale
};

// TCO over N months: price + load W x hours/day x $/kWh against API spend; break-even where the
// cumulative lines cross, else "never" (DESIGN.md; sizing-constants.md section 9).
Result<TcoResult> computeTco(const TcoInput& input);

} // namespace localrig::core
