// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCalculator.h"

#include <utility>

namespace localrig::ui {

PlanCalculator::PlanCalculator(const CatalogData& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{ }

void PlanCalculator::setInputs(const PlanInputs& inputs)
{
    m_inputs = inputs;
    recalculate();
}

core::WorkloadRequest PlanCalculator::request() const
{
    core::WorkloadRequest request;
    for (const QString& slug : m_inputs.workloads) {
        request.slugs.push_back(slug.toStdString());
    }
    if (m_inputs.contextTokens > 0) {
        request.contextTokens = m_inputs.contextTokens;
    }
    if (m_inputs.agents > 0) {
        request.sessions = m_inputs.agents;
    }
    request.kvType = m_inputs.kvType;
    request.headroom = m_inputs.headroom;
    request.constraints.budgetUsd = m_inputs.budgetUsd;
    if (!m_inputs.vendor.isEmpty() && m_inputs.vendor != QLatin1String("any")) {
        request.constraints.vendor = m_inputs.vendor.toStdString();
    }
    request.constraints.portableOnly = m_inputs.portableOnly;
    request.constraints.apiUsdPerMonth = m_inputs.apiUsdPerMonth;
    request.constraints.usdPerKwh = m_inputs.usdPerKwh;
    request.constraints.hoursPerDay = m_inputs.hoursPerDay;
    request.constraints.concurrentModels = m_inputs.concurrent;
    request.constraints.haveDesktopPc = m_inputs.haveDesktopPc;
    request.constraints.hostBuilds = m_catalog.view().hostBuilds;
    request.training = m_inputs.training;
    return request;
}

void PlanCalculator::recalculate()
{
    m_result = PlanResult{};
    if (m_inputs.workloads.isEmpty()) {
        // Nothing ticked yet is a first step, not an error: no recommendation and nothing to report.
        emit resultChanged();
        return;
    }
    const core::CatalogView view = m_catalog.view();
    core::WorkloadRequest req = request();
    auto plan = core::planWorkloads(view, req);
    if (!plan) {
        m_result.error = plan.error();
        emit resultChanged();
        return;
    }
    m_result.plan = plan.value();
    // A machine whose published runs contradict its estimate is graded and ranked on the runs' speeds.
    MeasuredEvidence::PlanEvidence evidence = MeasuredEvidence::forPlan(m_catalog, view.platforms, plan.value().needs,
                                                                        plan.value().scenario, m_calibration);
    req.constraints.publishedDecodeRatios = std::move(evidence.ratios);
    auto recommendation = core::recommend(plan.value().needs, view.platforms, plan.value().scenario, req.constraints,
                                          view.tiers, m_calibration);
    if (!recommendation) {
        m_result.error = recommendation.error();
        emit resultChanged();
        return;
    }
    m_result.recommendation = recommendation.value();
    m_result.disagreements = std::move(evidence.disagreements);
    if (auto changes = core::whatWouldChange(view, req, recommendation.value())) {
        m_result.changes = changes.value();
    }
    m_result.lints = core::lintPlan(plan.value().needs, plan.value().scenario, req.slugs, recommendation.value());
    for (core::Lint& lint : core::lintGuideFigures(m_catalog.guideChecks, plan.value().needs, recommendation.value())) {
        m_result.lints.push_back(std::move(lint));
    }
    emit resultChanged();
}

} // namespace localrig::ui
