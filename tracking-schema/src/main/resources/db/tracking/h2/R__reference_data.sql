-- Reference data, re-runnable: carriers and file types are added when missing (a host's changes to them are kept).
-- The permission features and default roles are seeded once, by V3.

MERGE INTO carriers t USING (VALUES
    ('AA', '001', 'American Airlines Cargo'),
    ('DL', '006', 'Delta Cargo'),
    ('AC', '014', 'Air Canada Cargo'),
    ('UA', '016', 'United Cargo'),
    ('LH', '020', 'Lufthansa Cargo'),
    ('FX', '023', 'FedEx Express'),
    ('LA', '045', 'LATAM Cargo'),
    ('AF', '057', 'Air France Cargo'),
    ('SV', '065', 'Saudia Cargo'),
    ('ET', '071', 'Ethiopian Cargo'),
    ('KL', '074', 'KLM Cargo'),
    ('QF', '081', 'Qantas Freight'),
    ('AI', '098', 'Air India Cargo'),
    ('BA', '125', 'IAG Cargo (British Airways)'),
    ('JL', '131', 'JAL Cargo'),
    ('QR', '157', 'Qatar Airways Cargo'),
    ('CX', '160', 'Cathay Cargo'),
    ('CV', '172', 'Cargolux'),
    ('EK', '176', 'Emirates SkyCargo'),
    ('KE', '180', 'Korean Air Cargo'),
    ('NH', '205', 'ANA Cargo'),
    ('TK', '235', 'Turkish Cargo'),
    ('CI', '297', 'China Airlines Cargo'),
    ('PO', '403', 'Polar Air Cargo'),
    ('5X', '406', 'UPS Airlines'),
    ('EY', '607', 'Etihad Cargo'),
    ('SQ', '618', 'Singapore Airlines Cargo'),
    ('BR', '695', 'EVA Air Cargo'),
    ('LX', '724', 'Swiss WorldCargo'),
    ('MU', '781', 'China Eastern Airlines Cargo'),
    ('CZ', '784', 'China Southern Airlines Cargo'),
    ('OZ', '988', 'Asiana Cargo'),
    ('CA', '999', 'Air China Cargo')
) s (designator, awb_prefix, name)
ON t.designator = s.designator OR t.awb_prefix = s.awb_prefix
WHEN NOT MATCHED THEN INSERT (designator, awb_prefix, name, active, version) VALUES (s.designator, s.awb_prefix, s.name, true, 1);

MERGE INTO file_types t USING (VALUES
    ('MAWB', 'Master air waybill', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(20971520 AS BIGINT)),
    ('HAWB', 'House air waybill', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(20971520 AS BIGINT)),
    ('COMMERCIAL_INVOICE', 'Commercial invoice', 'pdf,jpg,jpeg,png,tif,tiff,xlsx', 'application/pdf,image/jpeg,image/png,image/tiff,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', CAST(20971520 AS BIGINT)),
    ('PACKING_LIST', 'Packing list', 'pdf,jpg,jpeg,png,tif,tiff,xlsx', 'application/pdf,image/jpeg,image/png,image/tiff,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', CAST(20971520 AS BIGINT)),
    ('ARRIVAL_NOTICE', 'Arrival notice', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('DELIVERY_ORDER', 'Delivery order', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('CUSTOMS_ENTRY', 'Customs entry (CBP 7501)', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(20971520 AS BIGINT)),
    ('CUSTOMS_RELEASE', 'Customs release', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('ISC_RECEIPT', 'ISC payment receipt', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('PROOF_OF_DELIVERY', 'Proof of delivery', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('CERTIFICATE_OF_ORIGIN', 'Certificate of origin', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('DANGEROUS_GOODS_DECLARATION', 'Shipper''s declaration for dangerous goods', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('EMPTY_RETURN_RECEIPT', 'Empty container return receipt (EIR)', 'pdf,jpg,jpeg,png,tif,tiff', 'application/pdf,image/jpeg,image/png,image/tiff', CAST(10485760 AS BIGINT)),
    ('OTHER', 'Other document', 'pdf,jpg,jpeg,png,tif,tiff,doc,docx,xls,xlsx,csv,txt,eml,msg', '', CAST(26214400 AS BIGINT))
) s (code, name, extensions, media_types, max_size_bytes)
ON t.code = s.code
WHEN NOT MATCHED THEN INSERT (code, name, extensions, media_types, max_size_bytes, version) VALUES (s.code, s.name, s.extensions, s.media_types, s.max_size_bytes, 1);
