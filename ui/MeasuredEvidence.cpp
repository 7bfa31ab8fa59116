// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuredEvidence.h"

#include "PlatformCatalogModel.h"
#include "Wording.h"
#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/SpeedEstimate.h"
#include "core/Statistics.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace localrig::ui {

namespace {

struct Run
{
    const db::MeasurementEntry* measured = nullptr;
    const core::ModelSpec* model = nullptr;
    const core::Quantization* quant = nullptr;
    double ratio = 1.0; // measured / estimated decode
};

} // namespace

std::optional<core::SpeedBand> MeasuredEvidence::estimate(const CatalogData& catalog, const core::Platform& platform,
                                                          const db::MeasurementEntry& measured, core::Scenario scenario,
                                                          const core::SpeedCalibration& calibration)
{
    const core::ModelSpec* model = catalog.model(measured.modelId.toStdString());
    const core::Quantization* quant = catalog.quantization(measured.quantId.toStdString());
    if (!model || !quant) {
        return std::nullopt;
    }
    scenario.contextTokens = std::max(1, measured.contextTokens);
    scenario.sessions = 1; // llama-bench measures one sequence
    const auto memory
        = core::estimateMemory(*model, *quant, scenario, {}, catalog.measuredFileBytes(model->id, quant->id));
    if (!memory) {
        return std::nullopt;
    }
    const auto fit = core::assessFit(memory.value(), platform, scenario);
    if (!fit) {
        return std::nullopt;
    }
    const auto speed
        = core::estimateSpeed({*model, *quant, memory.value(), fit.value(), platform, scenario}, calibration);
    return speed ? std::optional<core::SpeedBand>(speed.value().decodeTps) : std::nullopt;
}

namespace {

double medianRatio(const std::vector<Run>& runs)
{
    std::vector<double> ratios;
    for (const Run& run : runs) {
        ratios.push_back(run.ratio);
    }
    return core::median(ratios);
}

// MoE or dense, as the given inference models are, each once.
std::vector<bool> classesOf(const std::vector<const core::ModelSpec*>& models)
{
    std::vector<bool> classes;
    for (const core::ModelSpec* model : models) {
        if (model && std::find(classes.begin(), classes.end(), model->isMixtureOfExperts()) == classes.end()) {
            classes.push_back(model->isMixtureOfExperts());
        }
    }
    return classes;
}

// The machine's published runs of one class of model, each against LocalRig's estimate for it, when there are at
// least kMinRuns and their median ratio is outside [1 / kDisagreement, kDisagreement]; empty otherwise.
std::vector<Run> disagreeingRuns(const CatalogData& catalog, const core::Platform& platform, bool moe,
                                 const core::Scenario& scenario, const core::SpeedCalibration& calibration)
{
    std::vector<Run> runs;
    for (const db::MeasurementEntry& m : catalog.measurements) {
        const core::ModelSpec* model
            = m.platformId.toStdString() == platform.id ? catalog.model(m.modelId.toStdString()) : nullptr;
        if (!model || model->isMixtureOfExperts() != moe) {
            continue;
        }
        const auto band = MeasuredEvidence::estimate(catalog, platform, m, scenario, calibration);
        if (band && band->expected > 0.0) {
            runs.push_back({&m, model, catalog.quantization(m.quantId.toStdString()), m.decodeTps / band->expected});
        }
    }
    if (static_cast<int>(runs.size()) < MeasuredEvidence::kMinRuns
        || std::abs(std::log(medianRatio(runs))) < std::log(MeasuredEvidence::kDisagreement)) {
        return {};
    }
    return runs;
}

} // namespace

// One machine's runs for each class: the ratio of every class that disagrees, and the class furthest off in words.
std::optional<MeasuredEvidence::PlanEvidence> MeasuredEvidence::evidenceFor(const CatalogData& catalog,
                                                                            const core::Platform& platform,
                                                                            const std::vector<bool>& classes,
                                                                            const core::Scenario& scenario,
                                                                            const core::SpeedCalibration& calibration)
{
    PlanEvidence found;
    double worstDeviation = 0.0;
    for (const bool moe : classes) {
        const std::vector<Run> runs = disagreeingRuns(catalog, platform, moe, scenario, calibration);
        if (runs.empty()) {
            continue;
        }
        const double typical = medianRatio(runs);
        (moe ? found.ratios[platform.id].moe : found.ratios[platform.id].dense) = typical;
        const double deviation = std::abs(std::log(typical));
        if (deviation <= worstDeviation) {
            continue;
        }
        // The run nearest the median stands for them all: a figure the buyer can look up.
        const Run& example = *std::min_element(runs.begin(), runs.end(), [&](const Run& a, const Run& b) {
            return std::abs(std::log(a.ratio / typical)) < std::abs(std::log(b.ratio / typical));
        });
        const QString kind = moe ? tr("mixture-of-experts models") : tr("dense models");
        const QString run
            = tr("%1 %2 on %3 at %4 of context decoded %5 where LocalRig estimates %6")
                  .arg(QString::fromStdString(example.model->name), QString::fromStdString(example.quant->name),
                       PlatformCatalogModel::backendText(example.measured->backend),
                       Wording::contextTokens(example.measured->contextTokens),
                       Wording::tokensPerSecond(example.measured->decodeTps),
                       Wording::tokensPerSecond(example.measured->decodeTps / example.ratio));
        worstDeviation = deviation;
        const QString percent = QLocale().toString(std::lround(typical * 100.0));
        Disagreement worst{typical, {}, typical < 1.0 ? tr("published runs slower") : tr("published runs faster")};
        worst.sentence
            = tr("Published runs of this machine decode %1 at about %2 % of LocalRig's estimate (%n run(s)): "
                 "%3. Its speeds for such models are scaled to those runs; see Hardware, Measured on this "
                 "machine.",
                 nullptr, static_cast<int>(runs.size()))
                  .arg(kind, percent, run);
        found.disagreements[platform.id] = std::move(worst);
    }
    if (found.ratios.empty()) {
        return std::nullopt;
    }
    return found;
}

QString MeasuredEvidence::markedReason(const QString& reason, const std::map<std::string, Disagreement>& disagreements,
                                       const std::string& platformId)
{
    const auto found = disagreements.find(platformId);
    return found == disagreements.end() ? reason : tr("%1; %2").arg(reason, found->second.marker);
}

std::optional<MeasuredEvidence::Disagreement> MeasuredEvidence::disagreement(const CatalogData& catalog,
                                                                             const core::PlatformAssessment& assessment,
                                                                             const core::Scenario& scenario,
                                                                             const core::SpeedCalibration& calibration)
{
    std::vector<const core::ModelSpec*> models;
    for (const core::ModelOnPlatform& m : assessment.models) {
        models.push_back(m.training ? nullptr : catalog.model(m.modelId));
    }
    auto found = evidenceFor(catalog, assessment.platform, classesOf(models), scenario, calibration);
    if (!found) {
        return std::nullopt;
    }
    return std::move(found->disagreements.begin()->second);
}

MeasuredEvidence::PlanEvidence MeasuredEvidence::forPlan(const CatalogData& catalog,
                                                         const std::vector<core::Platform>& platforms,
                                                         const std::vector<core::ModelNeed>& needs,
                                                         const core::Scenario& scenario,
                                                         const core::SpeedCalibration& calibration)
{
    std::vector<const core::ModelSpec*> models;
    for (const core::ModelNeed& need : needs) {
        models.push_back(need.training ? nullptr : &need.model); // fine-tuning has no decode speed to scale
    }
    const std::vector<bool> classes = classesOf(models);
    PlanEvidence out;
    for (const core::Platform& platform : platforms) {
        if (auto found = evidenceFor(catalog, platform, classes, scenario, calibration)) {
            out.ratios.merge(found->ratios);
            out.disagreements.merge(found->disagreements);
        }
    }
    return out;
}

} // namespace localrig::ui
