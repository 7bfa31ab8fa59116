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
    // What a person types is usually the start or a piece of the name ("coding", "Qwen3.6"), so those rank
    // before names that are merely few edits away.
    const QString queryKey = looseKey(query);
    const auto tierOf = [&queryKey](const QString& candidate) {
        const QString key = looseKey(candidate);
        if (queryKey.isEmpty()) {
            return 2;
        }
        if (key.startsWith(queryKey)) {
            return 0;
        }
        return key.contains(queryKey) ? 1 : 2;
    };
    struct Scored
    {
        int tier = 0;
        int distance = 0;
        qsizetype index = 0;
    };
    std::vector<Scored> scored;
    scored.reserve(static_cast<std::size_t>(candidates.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        scored.push_back({tierOf(candidates.at(i)), editDistance(query, candidates.at(i)), i});
    }
    // Among names that begin with or contain the query the catalog's own order holds (its common rows come
    // first); the rest go by edit distance.
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& left, const Scored& right) {
        const int leftDistance = left.tier == 2 ? left.distance : 0;
        const int rightDistance = right.tier == 2 ? right.distance : 0;
        return std::pair(left.tier, leftDistance) < std::pair(right.tier, rightDistance);
    });
    QStringList names;
    for (const Scored& entry : scored) {
        if (names.size() >= count) {
            break;
        }
        if (!names.contains(candidates.at(entry.index))) {
            names.append(candidates.at(entry.index));
        }
    }
    return names;
}

qsizetype uniquePrefixMatch(const QString& query, const QList<QStringList>& candidateKeys, int minimumLength)
{
    const QString queryKey = looseKey(query);
    if (queryKey.size() < minimumLength) {
        return -1;
    }
    qsizetype found = -1;
    for (qsizetype i = 0; i < candidateKeys.size(); ++i) {
        const QStringList& keys = candidateKeys.at(i);
        const bool matches = std::any_of(
            keys.cbegin(), keys.cend(), [&queryKey](const QString& key) { return looseKey(key).startsWith(queryKey); });
        if (matches) {
            if (found >= 0) {
                return -1; // ambiguous: the suggestions list them instead
            }
            found = i;
        }
    }
    return found;
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
