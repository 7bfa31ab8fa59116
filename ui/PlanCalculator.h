// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "MeasuredEvidence.h"
#include "core/GuideLints.h"
#include "core/Recommender.h"
#include "core/SizingConstants.h"
#include "core/SpeedCalibration.h"
#include "core/VerdictChanges.h"
#include "core/Workload.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace localrig::ui {

// What the person entered on the Plan page.
struct PlanInputs
{
    QStringList workloads; // use-case slugs
    int contextTokens = 0; // 0: the chosen workloads' own default
    int agents = 0; // 0: the workloads' own default
    std::optional<double> budgetUsd;
    QString vendor; // empty or "any", "apple", "nvidia", "amd"
    bool portableOnly = false;
    double apiUsdPerMonth = 0.0;
    double usdPerKwh = core::SizingConstants().defaultUsdPerKwh;
    double hoursPerDay = core::SizingConstants().defaultHoursPerDay;
    double headroom = 0.75;
    core::KvCacheType kvType = core::KvCacheType::F16;
    bool concurrent = false; // run the ticked workloads at the same time (memory adds, bandwidth is shared)
    bool haveDesktopPc = false; // the buyer owns a PC that takes a card: cards rank at the card's price
    core::TrainingSettings training; // the fine-tuning workload's method, rank, batch, sequence, epoch
};

struct PlanResult
{
    std::optional<core::Recommendation> recommendation;
    core::WorkloadPlan plan;
    std::vector<core::VerdictChange> changes;
    std::vector<core::Lint> lints;
    // Ranked machines whose published runs disagree with their estimates, by platform id (worked out once here,
    // read by the answer card, the ranked table and the PDF).
    std::map<std::string, MeasuredEvidence::Disagreement> disagreements;
    std::optional<Error> error; // set when the inputs cannot be planned
};

// Turns inputs into a recommendation through the core; holds no formula of its own.
class PlanCalculator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanCalculator)

public:
    explicit PlanCalculator(const CatalogData& catalog, QObject* parent = nullptr);

    void setInputs(const PlanInputs& inputs);
    const PlanInputs& inputs() const { return m_inputs; }
    const PlanResult& result() const { return m_result; }
    const CatalogData& catalog() const { return m_catalog; }
    core::WorkloadRequest request() const;

signals:
    void resultChanged();

private:
    void recalculate();

    const CatalogData& m_catalog;
    core::SpeedCalibration m_calibration = core::SpeedCalibration::fitted();
    PlanInputs m_inputs;
    PlanResult m_result;
};

} // namespace localrig::ui
