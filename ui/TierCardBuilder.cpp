// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierCardBuilder.h"

#include "BuyerWording.h"
#include "RunAdvice.h"
#include "TrainingWording.h"
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

double datasetTokens(const PlanResult& result)
{
    for (const core::ModelNeed& need : result.plan.needs) {
        if (need.training) {
            return need.training->datasetTokens;
        }
    }
    return 0.0;
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
        content.audience = result.error ? Wording::error(*result.error)
                                        : tr("Tick one or more workloads to see the machine to buy.");
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
    fillAnswer(content, result, catalog);
    content.models = workloadLines(result, catalog);
    int shown = 0;
    for (std::size_t i = 0; i < plan.ranked.size() && shown < kMachinesOnCard; ++i) {
        const core::PlatformAssessment& a = plan.ranked[i];
        if (!a.qualifies() || (plan.recommended && *plan.recommended == i)) {
            continue;
        }
        content.machines.append(tr("%1 — %2 · %3")
                                    .arg(text(a.platform.name),
                                         BuyerWording::systemPrice(a, catalog.guideOnlyPrices.count(a.platform.id) > 0),
                                         BuyerWording::verdict(a.verdict)));
        ++shown;
    }
    for (const core::Reason& reason : plan.reasons) {
        content.reasons.append(Wording::reason(reason));
    }
    return content;
}

QStringList TierCardBuilder::workloadLines(const PlanResult& result, const CatalogData& catalog)
{
    QStringList lines;
    const core::Recommendation& plan = *result.recommendation;
    for (const core::WorkloadFootprint& w : plan.workloads) {
        const QString name = catalog.workloadName(w.workload);
        if (w.trainingMemory) {
            lines.append(TrainingWording::workloadLine(name, w));
            continue;
        }
        const QString line = tr("%1: %2 · %3 × %n agent(s) · %4", nullptr, w.sessions)
                                 .arg(name, text(w.modelName), Wording::contextTokens(w.contextTokens),
                                      Wording::gigabytes(w.footprintBytes));
        lines.append(line);
    }
    if (result.plan.contextOverridden || result.plan.sessionsOverridden) {
        lines.append(tr("Your context or agent count applies to every workload above."));
    }
    if (plan.concurrent) {
        lines.append(
            tr("All at the same time: %1 in memory together.").arg(Wording::gigabytes(plan.peakFootprintBytes)));
    }
    return lines;
}

void TierCardBuilder::fillAnswer(TierCardContent& content, const PlanResult& result, const CatalogData& catalog)
{
    const core::Recommendation& plan = *result.recommendation;
    if (!plan.recommended) {
        content.answer = tr("No machine to recommend");
        for (const core::Reason& reason : core::whyNothingRecommended(plan)) {
            content.answerDetails.append(Wording::reason(reason));
        }
        return;
    }
    const core::PlatformAssessment& best = plan.ranked[*plan.recommended];
    const bool guideOnly = catalog.guideOnlyPrices.count(best.platform.id) > 0;
    content.answer = tr("Buy this: %1 — %2").arg(text(best.platform.name), BuyerWording::systemPrice(best, guideOnly));
    if (best.platform.boxes > 1) {
        // Issue 17: a cluster is never the plain answer; say what it takes before the buyer reads the speed.
        content.answerDetails.append(
            best.platform.boxes > 2
                ? tr("Advanced: %n machines joined through a network switch, set up by hand (llama.cpp RPC or exo); "
                     "the price is the machines together, and the switch comes on top.",
                     nullptr, best.platform.boxes)
                : tr("Advanced: %n machines joined by one network cable, set up by hand (llama.cpp RPC or exo); "
                     "the price is the machines together.",
                     nullptr, best.platform.boxes));
    }
    if (best.system.host) {
        // A multi-GPU build's price is all its cards together (issue 17).
        const QString cards = best.platform.cards.size() > 1
            ? tr("The %n cards %1 + %2 %3", nullptr, static_cast<int>(best.platform.cards.size()))
            : tr("The card %1 + %2 %3");
        content.answerDetails.append(cards.arg(Wording::money(best.platform.priceUsd.value_or(0.0)),
                                               text(best.system.host->name),
                                               Wording::money(best.system.host->totalUsd())));
    }
    content.answerDetails.append(tr("%1 — %2").arg(BuyerWording::verdict(best.verdict), BuyerWording::rowReason(best)));
    if (const auto found = result.disagreements.find(best.platform.id); found != result.disagreements.end()) {
        content.answerDetails.append(found->second.sentence);
    }
    for (const core::ModelOnPlatform& m : best.models) {
        if (m.training) {
            content.answerDetails.append(
                tr("%1: %2").arg(catalog.workloadName(m.workload), TrainingWording::speed(m, datasetTokens(result))));
            continue;
        }
        QString line = tr("%1: %2").arg(catalog.workloadName(m.workload), BuyerWording::speedAsItFeels(m));
        if (m.speed.timeToFirstTokenSeconds) {
            line += tr("; first token in %1 for a prompt of %2")
                        .arg(BuyerWording::seconds(m.speed.timeToFirstTokenSeconds->expected),
                             Wording::contextTokens(m.speed.promptTokens));
        }
        content.answerDetails.append(line);
    }
    QStringList names;
    for (const core::ModelOnPlatform& m : best.models) {
        const core::ModelSpec* spec = catalog.model(m.modelId);
        names.append(spec ? text(spec->name) : text(m.modelId));
        if (const QString where = RunAdvice::placement(m); !where.isEmpty() && !content.answerDetails.contains(where)) {
            content.answerDetails.append(where);
        }
    }
    if (const QString limit = RunAdvice::wiredLimit(best); !limit.isEmpty()) {
        content.answerDetails.append(limit);
    }
    content.answerDetails.append(RunAdvice::commands(best, names, RunAdvice::CommandsPer::Model));
    if (best.breakEven == core::BreakEvenKind::Month) {
        content.answerDetails.append(
            tr("Pays for itself against your API spend in %1.").arg(Wording::month(best.breakEvenMonth)));
    } else if (best.breakEven == core::BreakEvenKind::NotWithinHorizon) {
        content.answerDetails.append(tr("Does not pay for itself against your API spend within 10 years."));
    }
}

} // namespace localrig::ui
