#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

// The audit log for a person: the recent lines, newest first, read-only,
// with "Open folder" and "Copy path" so a supervisor can hand it to QA.
class AuditLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)

public:
    explicit AuditLogView(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    void reload();
    int rowCount() const;

    // A dialog holding the view, deleted when closed; shown with open().
    static QWidget *openDialog(const QString &path, QWidget *parent);

private:
    QString m_path;
    QTableWidget *m_table;
    QLabel *m_status;
};
