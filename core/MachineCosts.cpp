// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineCosts.h"

#include "Tco.h"

#include <algorithm>
#include <cctype>

namespace localrig::core {

namespace {

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool vendorMatches(const Platform& platform, const std::string& vendor)
{
    return vendor.empty() || vendor == "any" || lowered(platform.vendor).find(lowered(vendor)) != std::string::npos;
}

} // namespace

void applyConstraints(PlatformAssessment& result, const PlanConstraints& constraints)
{
    const Platform& platform = result.platform;
    if (constraints.vendor && !vendorMatches(platform, *constraints.vendor)) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::VendorExcluded, platform.vendor, 0.0, 0.0});
    }
    if (constraints.portableOnly && !platform.portable) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::NotPortable, {}, 0.0, 0.0});
    }
    if (platform.discontinued && platform.priceKind != "used") {
        // Its last new price is history: a buyer cannot pay it today, so it is shown but never the answer.
        result.excluded = true;
        result.reasons.push_back({ReasonCode::Discontinued, {}, 0.0, 0.0});
    }
    const SystemPrice& system = result.system;
    if (system.host && platform.priceUsd) {
        result.reasons.push_back(
            {ReasonCode::NeedsHostPc, system.host->name, system.host->totalUsd(), *platform.priceUsd});
    } else if (system.cardOnly && platform.priceUsd) {
        result.reasons.push_back({ReasonCode::HaveDesktopPc, {}, *platform.priceUsd, 0.0});
    } else if (system.noHostFits) {
        result.reasons.push_back({ReasonCode::NoHostForCard, {}, platform.loadWatts, 0.0});
    } else if (isDiscreteCard(platform) && !system.cardOnly && !system.host && platform.priceUsd) {
        result.reasons.push_back({ReasonCode::CardOnly, {}, *platform.priceUsd, 0.0});
    }
    if (!system.usd) {
        result.reasons.push_back({ReasonCode::NoPrice, {}, 0.0, 0.0});
        if (constraints.budgetUsd) {
            // A budget asks for machines known to fit it: an unknown price cannot be shown to.
            result.excluded = true;
        }
    } else if (constraints.budgetUsd && *system.usd > *constraints.budgetUsd) {
        result.excluded = true;
        result.reasons.push_back({ReasonCode::OverBudget, {}, *system.usd, *constraints.budgetUsd});
    }
}

Result<void> applyBreakEven(PlatformAssessment& result, const PlanConstraints& constraints)
{
    if (result.excluded || !isQualifying(result.verdict)) {
        result.breakEven = BreakEvenKind::NotApplicable;
        return outcome::success();
    }
    if (!result.system.usd) {
        result.breakEven = BreakEvenKind::Unknown;
        result.reasons.push_back({ReasonCode::PriceUnknown, {}, 0.0, 0.0});
        return outcome::success();
    }
    const int horizon = std::max(constraints.months, constraints.breakEvenHorizonMonths);
    const TcoInput tco{*result.system.usd,
                       constraints.apiUsdPerMonth,
                       result.system.loadWatts,
                       constraints.hoursPerDay,
                       constraints.usdPerKwh,
                       horizon,
                       0.0};
    BOOST_OUTCOME_TRY(cost, computeTco(tco));
    result.breakEvenMonth = cost.breakEvenMonth;
    result.breakEven = cost.breakEvenMonth ? BreakEvenKind::Month : BreakEvenKind::NotWithinHorizon;
    if (constraints.apiUsdPerMonth > 0.0) {
        if (cost.breakEvenMonth) {
            result.reasons.push_back({ReasonCode::BreakEven, {}, static_cast<double>(*cost.breakEvenMonth), 0.0});
        } else {
            result.reasons.push_back({ReasonCode::NeverBreaksEven, {}, 0.0, static_cast<double>(horizon)});
        }
    }
    return outcome::success();
}

} // namespace localrig::core
