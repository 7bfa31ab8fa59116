// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace localrig::ui {

// The window's pages: a list to switch with and a stack that shows one. A page is built the first time
// it is shown or asked for (Hotspot builds its result pages when a file is opened), so start-up pays
// only for the page the window opens on.
class PageStack final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStack)

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    explicit PageStack(QWidget* parent = nullptr);

    // Appends a page, built by `create` on first use.
    void addPage(const QString& title, Factory create);
    int count() const { return static_cast<int>(m_pages.size()); }
    QString title(int index) const;

    // The page at `index`, built now if it was not yet.
    QWidget* page(int index);
    // The page at `index` when it has been built; nullptr otherwise.
    QWidget* builtPage(int index) const;

    void setCurrentIndex(int index);
    int currentIndex() const;

private:
    struct Slot
    {
        QWidget* holder = nullptr;
        QWidget* page = nullptr;
        Factory create;
    };

    std::vector<Slot> m_pages;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace localrig::ui
