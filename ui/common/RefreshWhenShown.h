#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace bearings::ui {

// Runs a page's refresh now when the page is visible, and otherwise the next
// time it is shown. A page that lists years of records (the journal, the
// boundaries with their breaches) then does not read and lay them all out
// behind another page, at unlock or on every save made elsewhere; it catches
// up, once, when the person opens it.
class RefreshWhenShown final : public QObject {
public:
    RefreshWhenShown(QWidget *page, std::function<void()> refresh)
        : QObject(page)
        , m_page(page)
        , m_refresh(std::move(refresh))
    {
        page->installEventFilter(this);
    }

    // The data changed: refresh, now or when next shown.
    void request()
    {
        if (m_page->isVisible()) {
            m_stale = false;
            m_refresh();
        } else {
            m_stale = true;
        }
    }

    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_refresh();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace bearings::ui
