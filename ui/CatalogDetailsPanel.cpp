// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogDetailsPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace localrig::ui {

CatalogDetailsPanel::CatalogDetailsPanel(const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("DetailsPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(prefix + QStringLiteral("TitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // a long name wraps, in full, instead of widening the window
    m_summary = new QLabel(this);
    m_summary->setObjectName(prefix + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

CatalogDetailsPanel::~CatalogDetailsPanel() = default;

void CatalogDetailsPanel::setColumns(QBoxLayout* left, int leftStretch, QBoxLayout* right, int rightStretch)
{
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, leftStretch);
    columns->addLayout(right, rightStretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);
}

QLabel* CatalogDetailsPanel::heading(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QBoxLayout* CatalogDetailsPanel::headedColumn(QLabel* heading, QWidget* content)
{
    heading->setBuddy(content);
    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(content, 1);
    return column;
}

QTreeWidget* CatalogDetailsPanel::list(const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->setTextElideMode(Qt::ElideRight); // names are cut at their end; the tooltip holds all of it
    return tree;
}

void CatalogDetailsPanel::setScenario(const core::Scenario& scenario)
{
    m_scenario = scenario;
    refresh();
}

bool CatalogDetailsPanel::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void CatalogDetailsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
}

} // namespace localrig::ui
