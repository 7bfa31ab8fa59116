// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierCardsRow.h"

#include "TierCard.h"
#include "TierCardBuilder.h"
#include "Wording.h"

#include <QHBoxLayout>

#include <algorithm>

namespace localrig::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// The best verdict a model gets on any of the tier's example machines, as the core assessed them.
std::optional<core::FitVerdict> bestVerdict(const core::Recommendation& rec, const std::vector<std::string>& machineIds,
                                            const std::string& modelId)
{
    std::optional<core::FitVerdict> best;
    for (const core::PlatformAssessment& a : rec.ranked) {
        if (std::find(machineIds.begin(), machineIds.end(), a.platform.id) == machineIds.end()) {
            continue;
        }
        for (const core::ModelOnPlatform& m : a.models) {
            if (m.modelId == modelId && (!best || static_cast<int>(m.fit.verdict) < static_cast<int>(*best))) {
                best = m.fit.verdict;
            }
        }
    }
    return best;
}

} // namespace

TierCardsRow::TierCardsRow(const CatalogData& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("tierCardsRow"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const core::TierSpec& tier : m_catalog.tiers) {
        auto* card = new TierCard(this);
        card->setContent(TierCardBuilder::forTier(tier, m_catalog, false));
        layout->addWidget(card, 1);
        m_cards.append(card);
    }
}

void TierCardsRow::setResult(const PlanResult& result)
{
    const core::Recommendation* rec = result.recommendation ? &*result.recommendation : nullptr;
    m_emphasised = rec && rec->tier ? text(rec->tier->id) : QString();
    for (std::size_t i = 0; i < m_catalog.tiers.size() && i < static_cast<std::size_t>(m_cards.size()); ++i) {
        const core::TierSpec& tier = m_catalog.tiers[i];
        const bool emphasised = text(tier.id) == m_emphasised;
        TierCardContent content = TierCardBuilder::forTier(tier, m_catalog, emphasised);
        if (emphasised) {
            content.audience = content.audience.isEmpty() ? tr("Recommended for your plan.")
                                                          : tr("Recommended for your plan. %1").arg(content.audience);
        }
        const auto examples = m_catalog.tierExamples.find(tier.id);
        if (rec && examples != m_catalog.tierExamples.end()) {
            for (const core::ModelNeed& need : result.plan.needs) {
                const std::optional<core::FitVerdict> verdict = bestVerdict(*rec, examples->second, need.model.id);
                if (verdict) {
                    content.models.append(
                        tr("%1 at %2: %3")
                            .arg(text(need.model.name), text(need.quant.name), Wording::verdict(*verdict)));
                }
            }
        }
        m_cards[static_cast<qsizetype>(i)]->setContent(content);
    }
}

} // namespace localrig::ui
