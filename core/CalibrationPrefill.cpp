// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calibration.h"
#include "Statistics.h"

#include <cmath>
#include <limits>

// Prefill fitting (issue 16): the compute time of a prompt token on the matrix units, the attention at the row's
// depth weighted by a fitted factor, and optionally the weights read once per micro-batch.
namespace localrig::core {

namespace {

constexpr int kPasses = 30;

std::size_t familyIndex(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

using FamilyFactors = std::array<double, kBackendFamilyCount>;

FamilyFactors uniform(double factor)
{
    FamilyFactors factors{};
    factors.fill(factor);
    return factors;
}

bool atDepth(const PrefillSample& s)
{
    return s.attentionFlops >= kDeepAttentionShare * s.flopsPerToken;
}

// Backfitting with medians for fixed attention factors and streaming; empty when a row leaves no compute time.
std::optional<PrefillModel> fitWith(const std::vector<PrefillSample>& samples, double shrinkRows,
                                    double attentionFactor, const FamilyFactors& familyAttention, bool streamWeights)
{
    PrefillModel model;
    model.attentionFactor = attentionFactor;
    model.familyAttentionFactor = familyAttention;
    model.streamWeights = streamWeights;
    std::vector<double> y;
    for (const PrefillSample& s : samples) {
        const double compute = 1.0 / s.measuredTps - (streamWeights ? s.streamSeconds : 0.0);
        if (compute <= 0.0) {
            return std::nullopt;
        }
        // Achieved share of peak: FLOPs per token / (FLOPS x compute time) (kipply; sizing-constants.md section 7).
        const double flops = s.flopsPerToken + (familyAttention[familyIndex(s.family)] - 1.0) * s.attentionFlops;
        y.push_back(std::log(flops / (s.flops * compute)));
        ++model.rows[familyIndex(s.family)];
        model.deepRows[familyIndex(s.family)] += atDepth(s) ? 1 : 0;
        model.moeRows += s.moe ? 1 : 0;
    }
    model.totalRows = static_cast<int>(samples.size());
    for (int pass = 0; pass < kPasses && !samples.empty(); ++pass) {
        std::vector<double> all;
        std::array<std::vector<double>, kBackendFamilyCount> byFamily;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const double dense = y[i] - (samples[i].moe ? model.logMoe : 0.0);
            all.push_back(dense);
            byFamily[familyIndex(samples[i].family)].push_back(dense);
        }
        model.logGlobal = median(all);
        for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
            const auto n = static_cast<double>(byFamily[f].size());
            // Shrink the family's median toward the global one: weight n / (n + shrinkRows).
            model.logEfficiency[f] = byFamily[f].empty()
                ? model.logGlobal
                : model.logGlobal + n / (n + shrinkRows) * (median(byFamily[f]) - model.logGlobal);
        }
        std::vector<double> moe;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (samples[i].moe) {
                moe.push_back(y[i] - model.logEfficiency[familyIndex(samples[i].family)]);
            }
        }
        const auto n = static_cast<double>(moe.size());
        model.logMoe = moe.empty() ? 0.0 : n / (n + shrinkRows) * median(moe);
    }
    return model;
}

// Sum of |log(measured / predicted)| over the rows of `family` (all rows when empty): the median fit's criterion.
double absoluteLogError(const PrefillModel& model, const std::vector<PrefillSample>& samples,
                        std::optional<BackendFamily> family = std::nullopt)
{
    double loss = 0.0;
    for (const PrefillSample& s : samples) {
        if (!family || s.family == *family) {
            loss += std::abs(std::log(s.measuredTps
                                      * prefillSecondsPerToken(model.efficiency(s.family, s.moe),
                                                               model.attention(s.family), s, model.streamWeights)));
        }
    }
    return loss;
}

} // namespace

double prefillSecondsPerToken(double efficiency, double attentionFactor, const PrefillSample& sample,
                              bool streamWeights)
{
    // t = (2 x active + a x attention) / (eta_p x FLOPS) + weights / (ubatch x bandwidth) (kipply; issue 16)
    const double flops = sample.flopsPerToken + (attentionFactor - 1.0) * sample.attentionFlops;
    return flops / (efficiency * sample.flops) + (streamWeights ? sample.streamSeconds : 0.0);
}

PrefillModel fitPrefill(const std::vector<PrefillSample>& samples, double shrinkRows,
                        const std::vector<double>& attentionFactors)
{
    PrefillModel best;
    double bestLoss = std::numeric_limits<double>::infinity();
    for (bool stream : {false, true}) {
        for (double factor : attentionFactors) {
            const std::optional<PrefillModel> model = fitWith(samples, shrinkRows, factor, uniform(factor), stream);
            if (model) {
                const double loss = absoluteLogError(*model, samples);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = *model;
                }
            }
        }
    }
    // Flash attention is a different kernel on each backend: a family with rows at depth picks its own factor.
    FamilyFactors familyAttention = uniform(best.attentionFactor);
    for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
        const auto family = static_cast<BackendFamily>(f);
        if (best.deepRows[f] == 0) {
            continue;
        }
        double chosen = best.attentionFactor;
        double chosenLoss = std::numeric_limits<double>::infinity();
        for (double factor : attentionFactors) {
            FamilyFactors trial = familyAttention;
            trial[f] = factor;
            const std::optional<PrefillModel> model
                = fitWith(samples, shrinkRows, best.attentionFactor, trial, best.streamWeights);
            const double loss = model ? absoluteLogError(*model, samples, family) : chosenLoss;
            if (loss < chosenLoss) {
                chosenLoss = loss;
                chosen = factor;
            }
        }
        // Shrink in log toward the global factor, as the efficiencies are: weight deep / (deep + shrink rows).
        const double weight = best.deepRows[f] / (best.deepRows[f] + kAttentionShrinkRows);
        familyAttention[f]
            = std::exp(std::log(best.attentionFactor) + weight * (std::log(chosen) - std::log(best.attentionFactor)));
    }
    if (std::optional<PrefillModel> model
        = fitWith(samples, shrinkRows, best.attentionFactor, familyAttention, best.streamWeights)) {
        best = *model;
    }
    return best;
}

double PrefillModel::efficiency(BackendFamily family, bool moe) const
{
    return std::exp(logEfficiency[familyIndex(family)] + (moe ? logMoe : 0.0));
}

double PrefillModel::attention(BackendFamily family) const
{
    return familyAttentionFactor[familyIndex(family)];
}

std::optional<double> predictPrefillTps(const PrefillModel& model, const PrefillSample& sample)
{
    if (model.totalRows == 0) {
        return std::nullopt;
    }
    return 1.0
        / prefillSecondsPerToken(model.efficiency(sample.family, sample.moe), model.attention(sample.family), sample,
                                 model.streamWeights);
}

} // namespace localrig::core
