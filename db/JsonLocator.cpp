// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

namespace localrig::db {

QHash<QString, std::vector<int>> topLevelArrayElementLines(const QByteArray& json)
{
    QHash<QString, std::vector<int>> lines;
    int line = 1;
    int depth = 0; // 1 = inside the top-level object, 2 = inside one of its arrays
    QString lastKey;
    QString arrayKey;
    bool expectElement = false; // at depth 2, the next value starts an element
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == '"') {
            QByteArray text;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\') {
                    ++i;
                }
                if (i < json.size()) {
                    text += json.at(i);
                }
            }
            if (depth == 1) {
                lastKey = QString::fromUtf8(text);
            } else if (depth == 2 && expectElement) {
                lines[arrayKey].push_back(line);
                expectElement = false;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth == 1 && c == '[') {
                arrayKey = lastKey;
                lines[arrayKey];
                expectElement = true;
            } else if (depth == 2 && expectElement) {
                lines[arrayKey].push_back(line);
                expectElement = false;
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 2) {
            expectElement = true;
        } else if (depth == 2 && expectElement && c != ' ' && c != '\t' && c != '\r') {
            lines[arrayKey].push_back(line); // a scalar element
            expectElement = false;
        }
    }
    return lines;
}

} // namespace localrig::db
