// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameMatcher.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace localrig::db {

int editDistance(const QString& a, const QString& b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    std::vector<int> previous(static_cast<std::size_t>(y.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int substitution = previous[j - 1] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QStringList closestNames(const QString& query, const QStringList& candidates, int count)
{
    std::vector<std::pair<int, qsizetype>> scored;
    scored.reserve(static_cast<std::size_t>(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        scored.emplace_back(editDistance(query, candidates.at(i)), i);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& left, const auto& right) { return left.first < right.first; });
    QStringList names;
    for (const auto& [distance, index] : scored) {
        if (names.size() >= count) {
            break;
        }
        if (!names.contains(candidates.at(index))) {
            names.append(candidates.at(index));
        }
    }
    return names;
}

QString looseKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            key += c.toCaseFolded();
        }
    }
    return key;
}

} // namespace localrig::db
