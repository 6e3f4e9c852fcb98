# The Bastion application image used by docker-compose.yml: the Spring Boot jar and the
# `bastion` launcher on a Java 17 runtime, with the Spark job's jar and its spark-home. Build the jar first: ./mvnw -q -DskipTests package
FROM eclipse-temurin:17-jre

# uid 185 is the apache/spark images' "spark" user, so both sides can write the shared /lake.
RUN groupadd --system --gid 185 bastion \
    && useradd --system --uid 185 --gid bastion --home-dir /opt/bastion bastion \
    && mkdir -p /opt/bastion /data /archive /lake \
    && chown bastion:bastion /data /archive /lake

# The launcher finds the jar as it does in a checkout, so the image keeps the repository layout.
WORKDIR /opt/bastion
COPY --chown=bastion:bastion dashboard/target/bastion.jar dashboard/target/bastion.jar
COPY --chown=bastion:bastion --chmod=755 bastion bastion
# The Spark job is submitted in its own process: its jar and its spark-home (Spark's own jars at Spark's versions, and conf/).
COPY --chown=bastion:bastion analytics/job/target/bastion-analytics-job.jar analytics/job/target/bastion-analytics-job.jar
COPY --chown=bastion:bastion analytics/job/target/spark-home analytics/job/target/spark-home

USER bastion
ENV BASTION_WAREHOUSE=/data/warehouse.duckdb \
    BASTION_INBOX=/data/inbox \
    BASTION_ARCHIVE=/archive \
    BASTION_ANALYSIS_LAKE=/lake
EXPOSE 8080
VOLUME ["/data", "/archive", "/lake"]
ENTRYPOINT ["/opt/bastion/bastion"]
CMD ["serve"]
