// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MachineGrades.h"

#include <algorithm>

namespace localrig::core {

void applyMeasuredBandwidth(Platform& machine, double measuredGBs)
{
    if (!(measuredGBs > 0.0)) {
        return;
    }
    if (machine.memoryKind == MemoryKind::Discrete) {
        machine.systemBandwidthGBs = measuredGBs;
    } else {
        machine.bandwidthGBs = measuredGBs;
    }
}

Result<std::vector<WorkloadGrade>> gradeMachine(const CatalogView& catalog, const Platform& machine,
                                                const WorkloadRequest& request, const SpeedCalibration& calibration,
                                                const SizingConstants& constants)
{
    std::vector<Platform> platforms;
    platforms.reserve(catalog.platforms.size() + 1);
    std::copy_if(catalog.platforms.begin(), catalog.platforms.end(), std::back_inserter(platforms),
                 [&machine](const Platform& p) { return p.id != machine.id; });
    platforms.push_back(machine);
    const CatalogView view{catalog.models,     catalog.quants,     platforms,
                           catalog.workloads,  catalog.tiers,      catalog.fileBytes,
                           catalog.hostBuilds, catalog.projectors, catalog.generationModels};

    std::vector<WorkloadGrade> grades;
    grades.reserve(catalog.workloads.size());
    for (const Workload& workload : catalog.workloads) {
        WorkloadRequest one = request;
        one.slugs = {workload.slug};
        BOOST_OUTCOME_TRY(recommendation, recommendForWorkloads(view, one, calibration, constants));
        const auto mine = std::find_if(recommendation.ranked.begin(), recommendation.ranked.end(),
                                       [&machine](const PlatformAssessment& a) { return a.platform.id == machine.id; });
        WorkloadGrade grade;
        grade.workload = workload.slug;
        if (mine != recommendation.ranked.end()) {
            grade.verdict = mine->verdict;
            grade.reason = mine->verdictReason;
            grade.assessment = *mine;
        }
        grade.footprintBytes = recommendation.peakFootprintBytes;
        if (!isQualifying(grade.verdict) && recommendation.recommended) {
            const PlatformAssessment& answer = recommendation.ranked[*recommendation.recommended];
            if (answer.platform.id != machine.id) {
                grade.upgrade = answer;
            }
        }
        grades.push_back(std::move(grade));
    }
    return grades;
}

} // namespace localrig::core
