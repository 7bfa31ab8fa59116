// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "core/Recommender.h"
#include "core/SpeedCalibration.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace localrig::ui {

// Published runs of a machine held against LocalRig's estimate for the same run. A correction learnt from every
// machine's runs did worse on held-out model families (issue 16), so the estimate stays as fitted unless a machine's
// runs of one class of model (MoE or dense) disagree with it far beyond the estimate's own scatter: then that
// machine's speeds for the class are scaled to the runs and the buyer is told why, since a young driver or a
// backend's slow kernels (the Arc Pro B70's Vulkan mixture-of-experts path) are not in any datasheet.
class MeasuredEvidence
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredEvidence)

public:
    // Runs whose median measured / estimated decode is below 1 / kDisagreement or above kDisagreement, over at least
    // kMinRuns runs, disagree; a held-out machine's median error is about 10 % (localrig validate), so 1.4x is far
    // outside what the estimate's own scatter explains.
    static constexpr double kDisagreement = 1.4;
    static constexpr int kMinRuns = 2;

    // LocalRig's decode estimate for the measured run: its model, quantization and context, one sequence (as
    // llama-bench runs), on `platform`; nullopt when the catalog lacks the model or quantization or it does not fit.
    static std::optional<core::SpeedBand> estimate(const CatalogData& catalog, const core::Platform& platform,
                                                   const db::MeasurementEntry& measured, core::Scenario scenario,
                                                   const core::SpeedCalibration& calibration);

    struct Disagreement
    {
        double ratio = 1.0; // median measured / estimated decode over the runs
        QString sentence; // for the answer: the share, the run count and the run nearest the median
        QString marker; // for a table's reason column: "published runs slower" or "... faster"
    };

    // When the machine's published runs of models like the plan's (mixture-of-experts or dense, as each workload's
    // model is) disagree with the estimate: the class furthest off, in words; nullopt otherwise.
    static std::optional<Disagreement> disagreement(const CatalogData& catalog,
                                                    const core::PlatformAssessment& assessment,
                                                    const core::Scenario& scenario,
                                                    const core::SpeedCalibration& calibration);

    // A table's reason for `platformId`, followed by its marker when its runs disagree ("fast; published runs
    // slower"): the ranked table and the CLI's list say it alike.
    static QString markedReason(const QString& reason, const std::map<std::string, Disagreement>& disagreements,
                                const std::string& platformId);

    // What the published runs say for a whole plan, by platform id; worked out once per plan, before recommending.
    struct PlanEvidence
    {
        // Each machine's median ratio for every class of the plan's models whose runs disagree: what
        // core::recommend() scales those speeds by (PlanConstraints::publishedDecodeRatios).
        std::map<std::string, core::PublishedDecodeRatio> ratios;
        // The same machines' class furthest off, in words: for the answer, the ranked table and the PDF.
        std::map<std::string, Disagreement> disagreements;
    };
    static PlanEvidence forPlan(const CatalogData& catalog, const std::vector<core::Platform>& platforms,
                                const std::vector<core::ModelNeed>& needs, const core::Scenario& scenario,
                                const core::SpeedCalibration& calibration);

private:
    static std::optional<PlanEvidence> evidenceFor(const CatalogData& catalog, const core::Platform& platform,
                                                   const std::vector<bool>& classes, const core::Scenario& scenario,
                                                   const core::SpeedCalibration& calibration);
};

} // namespace localrig::ui
