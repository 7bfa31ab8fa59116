// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace localrig::core {

// The p-quantile (0 <= p <= 1) with linear interpolation between closest ranks (Hyndman-Fan type 7,
// numpy's and R's default): the value at rank (n - 1) x p of the sorted values. 0 for an empty set.
double percentile(std::vector<double> values, double p);
double median(std::vector<double> values);

} // namespace localrig::core
