// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationReport.h"

#include <array>
#include <functional>

namespace localrig::core {

namespace {

constexpr int kDeepContext = 4096; // "deep" rows: the KV cache is a visible share of the bytes read
// Hardware class of issue 16: above 1 TB/s per-layer time, not bytes, dominates a token.
constexpr double kFastBandwidthGBs = 1000.0;
constexpr std::array<BackendFamily, kBackendFamilyCount> kFamilies{BackendFamily::Metal, BackendFamily::Cuda,
                                                                   BackendFamily::RocmVulkan, BackendFamily::Cpu};

} // namespace

double shareTrue(const std::vector<bool>& flags, const std::vector<bool>& selected)
{
    int counted = 0;
    int inside = 0;
    for (std::size_t i = 0; i < flags.size() && i < selected.size(); ++i) {
        counted += selected[i] ? 1 : 0;
        inside += selected[i] && flags[i] ? 1 : 0;
    }
    return counted == 0 ? 0.0 : static_cast<double>(inside) / counted;
}

std::vector<GroupComparison> decodeComparisons(const std::vector<CrossValidatedDecode>& fitted, Holdout holdout,
                                               const std::vector<CrossValidatedDecode>& offload)
{
    // The fitted rows' coverage from their own bands; the offload rows' from bands of every row of other groups.
    std::vector<CrossValidatedDecode> rows = fitted;
    rows.insert(rows.end(), offload.begin(), offload.end());
    std::vector<bool> inside = insideHeldOutBand(fitted, holdout);
    std::vector<bool> insideGlobal = insideHeldOutBand(fitted, holdout, true);
    const std::vector<bool> insideAll = insideHeldOutBand(rows, holdout);
    const std::vector<bool> insideGlobalAll = insideHeldOutBand(rows, holdout, true);
    inside.insert(inside.end(), insideAll.begin() + static_cast<std::ptrdiff_t>(fitted.size()), insideAll.end());
    insideGlobal.insert(insideGlobal.end(), insideGlobalAll.begin() + static_cast<std::ptrdiff_t>(fitted.size()),
                        insideGlobalAll.end());
    std::vector<GroupComparison> out;
    const auto add = [&](const std::string& backend, const std::string& cls,
                         const std::function<bool(const CrossValidatedDecode&)>& include) {
        std::vector<double> calibrated;
        std::vector<double> naive;
        std::vector<double> global;
        std::vector<bool> selected;
        for (const CrossValidatedDecode& row : rows) {
            // Expert-offload rows only in their own group, so every other group reads as before (issue 17).
            selected.push_back(include(row) && row.expertOffload == (cls == "offload"));
            if (selected.back()) {
                calibrated.push_back(absolutePercentageError(row.predictedFor(holdout), row.measured));
                naive.push_back(absolutePercentageError(row.naive, row.measured));
                global.push_back(absolutePercentageError(row.globalFor(holdout), row.measured));
            }
        }
        GroupComparison c{backend, cls, summarise(calibrated), summarise(naive), summarise(global)};
        c.calibrated.coverage = shareTrue(inside, selected);
        c.global.coverage = shareTrue(insideGlobal, selected);
        if (c.calibrated.rows > 0) {
            out.push_back(c);
        }
    };
    for (BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            add(std::string(toString(family)), moe ? "moe" : "dense",
                [family, moe](const CrossValidatedDecode& row) { return row.family == family && row.moe == moe; });
        }
    }
    add("all", "dense", [](const CrossValidatedDecode& r) { return !r.moe; });
    add("all", "moe", [](const CrossValidatedDecode& r) { return r.moe; });
    add("all", "deep", [](const CrossValidatedDecode& r) { return r.depth >= kDeepContext; });
    add("all", "1TB/s+", [](const CrossValidatedDecode& r) { return r.bandwidthGBs >= kFastBandwidthGBs; });
    add("all", "<1TB/s", [](const CrossValidatedDecode& r) { return r.bandwidthGBs < kFastBandwidthGBs; });
    // Multi-GPU rows (2x ...): llama.cpp's layer split runs the cards' layers in turn, so a token's time is the sum
    // of each card's bytes / its bandwidth = all bytes / one card's bandwidth for identical cards (core/MultiGpu);
    // reported as a group of their own (issue 17).
    add("all", "multi", [](const CrossValidatedDecode& r) { return r.multiGpu; });
    // Expert offload (--n-cpu-moe): active experts of N layers at system-RAM bandwidth x the CPU efficiency, the rest
    // at VRAM bandwidth (ExpertOffload.h); validation only, never fitted (issue 17).
    add("all", "offload", [](const CrossValidatedDecode& r) { return r.expertOffload; });
    add("all", "all", [](const CrossValidatedDecode&) { return true; });
    return out;
}

std::vector<PrefillGroup> prefillGroups(const std::vector<CrossValidatedPrefill>& rows, Holdout holdout)
{
    const std::vector<bool> inside = insideHeldOutBand(rows, holdout);
    std::vector<PrefillGroup> out;
    const auto add = [&](const std::string& name, const std::function<bool(const CrossValidatedPrefill&)>& include) {
        std::vector<double> pp;
        std::vector<double> ttft;
        std::vector<bool> selected;
        for (const CrossValidatedPrefill& row : rows) {
            const std::optional<double> predicted = row.predictedFor(holdout);
            selected.push_back(predicted && include(row));
            if (selected.back()) {
                pp.push_back(absolutePercentageError(*predicted, row.measured));
                // TTFT = prompt / prefill t/s, so its error is |measured / predicted - 1|.
                ttft.push_back(absolutePercentageError(1.0 / *predicted, 1.0 / row.measured));
            }
        }
        if (!pp.empty()) {
            PrefillGroup g{name, summarise(pp), summarise(ttft)};
            g.prefill.coverage = g.ttft.coverage = shareTrue(inside, selected);
            out.push_back(g);
        }
    };
    for (BackendFamily family : kFamilies) {
        add(std::string(toString(family)), [family](const CrossValidatedPrefill& row) { return row.family == family; });
    }
    // Multi-GPU rows (layer split) as a group of their own (issue 17).
    add("multi", [](const CrossValidatedPrefill& row) { return row.multiGpu; });
    add("all", [](const CrossValidatedPrefill&) { return true; });
    return out;
}

} // namespace localrig::core
