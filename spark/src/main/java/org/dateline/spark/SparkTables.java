package org.dateline.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dateline.pipeline.table.Column;
import org.dateline.pipeline.table.Table;

import java.util.ArrayList;
import java.util.List;

/** A Dateline table as a Spark schema, and its rows as Spark rows. */
final class SparkTables {
    private SparkTables() {
    }

    static StructType schema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Column.Type t) {
        return switch (t) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRINGS -> DataTypes.createArrayType(DataTypes.StringType, true);
        };
    }

    /** A row of Spark values: lists become Scala sequences, as Spark's row encoder wants. */
    static Row row(Object[] values) {
        Object[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] instanceof List<?> list) {
                v[i] = scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
            }
        }
        return RowFactory.create(v);
    }
}
