// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageStack.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace localrig::ui {

PageStack::PageStack(QWidget* parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageListWidget"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < count()) {
            page(row); // built before it is shown, so the first paint shows it whole
            m_stack->setCurrentIndex(row);
        }
    });
}

void PageStack::addPage(const QString& title, Factory create)
{
    auto* holder = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(holder);
    m_pages.push_back(Slot{holder, nullptr, std::move(create)});
    m_list->addItem(title);
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 3 * m_list->fontMetrics().averageCharWidth() + 8);
}

QString PageStack::title(int index) const
{
    return m_list->item(index)->text();
}

QWidget* PageStack::page(int index)
{
    Slot& slot = m_pages.at(static_cast<std::size_t>(index));
    if (!slot.page) {
        slot.page = slot.create(slot.holder);
        slot.holder->layout()->addWidget(slot.page);
    }
    return slot.page;
}

QWidget* PageStack::builtPage(int index) const
{
    return m_pages.at(static_cast<std::size_t>(index)).page;
}

void PageStack::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index); // builds and shows it, unless it already is the current row
    page(index);
    m_stack->setCurrentIndex(index);
}

int PageStack::currentIndex() const
{
    return m_stack->currentIndex();
}

} // namespace localrig::ui
