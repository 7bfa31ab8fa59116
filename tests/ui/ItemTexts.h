// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A table's or a tree's column as the person reads it, top to bottom, for the GUI tests to compare whole.

#include <QAbstractItemModel>
#include <QStringList>
#include <QTreeWidget>

namespace localrig::test {

inline QStringList columnTexts(const QAbstractItemModel& model, int section)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts.append(model.index(row, section).data().toString());
    }
    return texts;
}

inline QStringList treeColumnTexts(const QTreeWidget& tree, int section)
{
    QStringList texts;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        texts.append(tree.topLevelItem(i)->text(section));
    }
    return texts;
}

} // namespace localrig::test
