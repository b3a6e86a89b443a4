#include "vicidial/FormEncoding.h"

#include <QUrl>

QByteArray encodeFormComponent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += encodeFormComponent(name) + '=' + encodeFormComponent(value);
    }
    return encoded;
}

FormFields decodeForm(QByteArrayView encoded)
{
    FormFields fields;
    for (QByteArrayView pair : QByteArray(encoded.data(), encoded.size()).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = (equals < 0 ? pair : pair.first(equals)).toByteArray();
        QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1).toByteArray();
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}
