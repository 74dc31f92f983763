{{/* The release's name, used for every object. */}}
{{- define "tessera.fullname" -}}
{{- printf "%s-tessera" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tessera.labels" -}}
app.kubernetes.io/name: tessera
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{- define "tessera.selector" -}}
app.kubernetes.io/name: tessera
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* A property name as the environment variable Spring's relaxed binding reads: upper case, dots to underscores,
     dashes dropped (spring.datasource.url -> SPRING_DATASOURCE_URL). */}}
{{- define "tessera.envName" -}}
{{- . | upper | replace "." "_" | replace "-" "" -}}
{{- end -}}

{{/* The ConfigMap's data: config, plus the Liquibase switch given as argument (false on app pods, true in the Job). */}}
{{- define "tessera.configData" -}}
{{- range $name, $value := .root.Values.config }}
{{ include "tessera.envName" $name }}: {{ $value | quote }}
{{- end }}
SPRING_LIQUIBASE_ENABLED: {{ .liquibase | quote }}
{{- end -}}

{{- define "tessera.secretData" -}}
{{- range $name, $value := .Values.secretConfig }}
{{- if $value }}
{{ include "tessera.envName" $name }}: {{ $value | quote }}
{{- end }}
{{- end }}
{{- end -}}
