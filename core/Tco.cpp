// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tco.h"

#include "Units.h"
#include "Validation.h"

namespace localrig::core {

namespace {

constexpr double kMaxUsd = 1e9;
constexpr double kMaxWatts = 1e6;
constexpr double kMaxUsdPerKwh = 100.0;
constexpr long long kMaxMonths = 600; // fifty years

} // namespace

Result<TcoResult> computeTco(const TcoInput& input)
{
    BOOST_OUTCOME_TRY(price, requireNonNegative(input.hardwareUsd, "hardware price (USD)", kMaxUsd));
    BOOST_OUTCOME_TRY(api, requireNonNegative(input.apiUsdPerMonth, "API spend per month (USD)", kMaxUsd));
    BOOST_OUTCOME_TRY(watts, requireNonNegative(input.loadWatts, "load power (W)", kMaxWatts));
    BOOST_OUTCOME_TRY(hours, requireInRange(input.hoursPerDay, "hours per day", 0.0, 24.0));
    BOOST_OUTCOME_TRY(tariff, requireNonNegative(input.usdPerKwh, "electricity price (USD/kWh)", kMaxUsdPerKwh));
    BOOST_OUTCOME_TRY(months, requireIntInRange(input.months, "months", 1, kMaxMonths));
    BOOST_OUTCOME_TRY(resale, requireInRange(input.resaleFraction, "resale fraction", 0.0, 1.0));

    TcoResult result;
    // Electricity per month = load W x hours/day x days/month / 1000 x $/kWh (DESIGN.md TCO).
    result.electricityUsdPerMonth = watts * hours * kDaysPerMonth / kWattsPerKilowatt * tariff;
    result.localCumulativeUsd.reserve(static_cast<std::size_t>(months) + 1);
    result.apiCumulativeUsd.reserve(static_cast<std::size_t>(months) + 1);
    for (int month = 0; month <= months; ++month) {
        const double local = price + result.electricityUsdPerMonth * month;
        const double cloud = api * month;
        result.localCumulativeUsd.push_back(local);
        result.apiCumulativeUsd.push_back(cloud);
        if (!result.breakEvenMonth && month > 0 && cloud >= local) {
            result.breakEvenMonth = month;
        }
    }
    const double monthlySaving = api - result.electricityUsdPerMonth;
    if (monthlySaving > 0.0) {
        // The lines cross at price / (API - electricity) months, whether or not inside the horizon.
        result.breakEvenMonths = price / monthlySaving;
    }
    result.localNetUsdAtEnd = result.localCumulativeUsd.back() - resale * price;
    return result;
}

} // namespace localrig::core
