// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierCardBuilder.h"

#include "Wording.h"
#include "core/Units.h"

#include <QLocale>

namespace localrig::ui {

namespace {

constexpr int kMachinesOnCard = 3;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

} // namespace

QString TierCardBuilder::range(const core::TierSpec& tier)
{
    const QLocale locale;
    if (tier.minGiB == tier.maxGiB) {
        return tr("%1 GB").arg(locale.toString(tier.maxGiB));
    }
    return tr("%1–%2 GB").arg(locale.toString(tier.minGiB), locale.toString(tier.maxGiB));
}

TierCardContent TierCardBuilder::forTier(const core::TierSpec& tier, const CatalogData& catalog, bool emphasised)
{
    TierCardContent content;
    content.title = Wording::tierName(tier);
    content.range = range(tier);
    content.verdict = Wording::tierVerdict(tier.verdict);
    const auto audience = catalog.tierAudience.find(tier.id);
    content.audience = audience != catalog.tierAudience.end() ? audience->second : QString();
    const auto examples = catalog.tierExamples.find(tier.id);
    if (examples != catalog.tierExamples.end()) {
        for (const std::string& id : examples->second) {
            if (const core::Platform* platform = catalog.platform(id)) {
                content.machines.append(
                    platform->priceUsd ? tr("%1 — %2").arg(text(platform->name), Wording::money(*platform->priceUsd))
                                       : text(platform->name));
            }
        }
    }
    content.emphasised = emphasised;
    return content;
}

TierCardContent TierCardBuilder::recommended(const PlanResult& result, const CatalogData& catalog)
{
    TierCardContent content;
    if (!result.recommendation) {
        content.title = tr("No recommendation yet");
        content.audience = result.error ? Wording::error(*result.error) : tr("Tick one or more workloads.");
        return content;
    }
    const core::Recommendation& plan = *result.recommendation;
    if (plan.tier) {
        content = forTier(*plan.tier, catalog, true);
        content.machines.clear();
    } else {
        content.title = tr("Beyond the guide's tiers");
        content.range = tr("needs %1").arg(Wording::gigabytes(plan.requiredMemoryBytes));
        content.emphasised = true;
    }
    const core::PlatformAssessment* top = plan.ranked.empty() ? nullptr : &plan.ranked.front();
    for (const core::ModelNeed& need : result.plan.needs) {
        QString line = tr("%1 at %2").arg(text(need.model.name), text(need.quant.name));
        if (top) {
            for (const core::ModelOnPlatform& entry : top->models) {
                if (entry.modelId != need.model.id) {
                    continue;
                }
                line += tr(" · %1").arg(Wording::gigabytes(entry.memory.totalBytes));
                if (entry.fit.verdict != core::FitVerdict::WontFit) {
                    line += tr(" · %1 on %2").arg(Wording::speedBand(entry.speed.decodeTps), text(top->platform.name));
                }
            }
        }
        content.models.append(line);
    }
    int shown = 0;
    for (const core::PlatformAssessment& assessment : plan.ranked) {
        if (!assessment.meetsNeeds || assessment.excluded || shown == kMachinesOnCard) {
            continue;
        }
        const core::Platform& p = assessment.platform;
        QString line = p.priceUsd ? tr("%1 — %2").arg(text(p.name), Wording::money(*p.priceUsd)) : text(p.name);
        if (catalog.guideOnlyPrices.count(p.id)) {
            line += tr(" (the guide's approximate price, not confirmed)");
        }
        if (p.formFactor == "card") {
            line += tr(" (the card alone; it needs a desktop PC)");
        }
        content.machines.append(line);
        ++shown;
    }
    for (const core::Reason& reason : plan.reasons) {
        content.reasons.append(Wording::reason(reason));
    }
    return content;
}

} // namespace localrig::ui
